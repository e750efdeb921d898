package org.outsourcing.lifecycle.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error the form interfaces answer: what went wrong, and per field why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String message, List<FieldError> errors) {

	static ErrorBody of(String message) {
		return new ErrorBody(message, null);
	}

}
