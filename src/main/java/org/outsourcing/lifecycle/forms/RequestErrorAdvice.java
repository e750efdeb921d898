package org.outsourcing.lifecycle.forms;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Malformed requests to the form API and to Flowable's REST resources answer 4xx with a
 * message. Flowable's advice would answer a wrong content type with 500.
 */
@RestControllerAdvice(basePackages = { "org.outsourcing.lifecycle.forms", "org.flowable.rest" })
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestErrorAdvice {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(ErrorBody
				.of("The request body is not valid JSON of the expected shape: " + ((ex.getMostSpecificCause() != null)
						? ex.getMostSpecificCause().getMessage() : ex.getMessage())));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ErrorBody> unsupported(HttpMediaTypeNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(ErrorBody.of("Send the body as application/json, not " + ex.getContentType()));
	}

	@ExceptionHandler(FlowableIllegalArgumentException.class)
	ResponseEntity<ErrorBody> illegal(FlowableIllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(ErrorBody.of(ex.getMessage()));
	}

}
