package org.outsourcing.lifecycle.forms;

/**
 * A form in {@code forms/}, or a model's reference to one, is broken: the app does not
 * start.
 */
public class InvalidFormException extends IllegalStateException {

	InvalidFormException(String message) {
		super(message);
	}

	InvalidFormException(String message, Throwable cause) {
		super(message, cause);
	}

}
