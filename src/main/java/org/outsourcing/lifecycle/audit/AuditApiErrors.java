package org.outsourcing.lifecycle.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.outsourcing.lifecycle.core.EngagementNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the audit and KPI API as JSON with a message the caller can act on, whatever
 * format was asked for.
 */
// before the general task error advice, which answers JSON only and so fails a CSV
// request
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { AuditController.class, KpiController.class })
class AuditApiErrors {

	@ExceptionHandler(EngagementNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(EngagementNotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage(), null);
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.parameter());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, String parameter) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("message", message);
		if (parameter != null) {
			body.put("parameter", parameter);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
