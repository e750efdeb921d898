package org.outsourcing.lifecycle.config;

import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableIllegalStateException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.rest.exception.FlowableConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the product's own API ({@code /api}) answers what the engine refuses: the engine's
 * message, which names the field or the state at fault, with the status a client can act
 * on.
 */
@RestControllerAdvice(basePackages = "org.outsourcing.lifecycle")
class ApiExceptionHandler {

	@ExceptionHandler(FlowableObjectNotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(FlowableObjectNotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ FlowableConflictException.class, FlowableOptimisticLockingException.class,
			FlowableTaskAlreadyClaimedException.class })
	ResponseEntity<Map<String, String>> conflict(FlowableException ex) {
		String message = (ex instanceof FlowableOptimisticLockingException)
				? "Someone else changed this at the same time; reload and try again" : ex.getMessage();
		return answer(HttpStatus.CONFLICT, message);
	}

	@ExceptionHandler({ FlowableIllegalArgumentException.class, FlowableIllegalStateException.class })
	ResponseEntity<Map<String, String>> badRequest(FlowableException ex) {
		return answer(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(FlowableForbiddenException.class)
	ResponseEntity<Map<String, String>> forbidden(FlowableForbiddenException ex) {
		return answer(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return answer(HttpStatus.BAD_REQUEST, field + ": has the wrong type or format");
		}
		return answer(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("status", String.valueOf(status.value()), "message", message));
	}

}
