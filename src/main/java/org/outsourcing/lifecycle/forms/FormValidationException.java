package org.outsourcing.lifecycle.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

/**
 * A submission broke its form: every field error at once, so a user fixes them in one go.
 * Answered with HTTP 400 and the list of errors; nothing of the submission was written.
 */
public class FormValidationException extends FlowableIllegalArgumentException {

	private final String formKey;

	private final List<FieldError> errors;

	public FormValidationException(String formKey, List<FieldError> errors) {
		super("The values do not fit form '" + formKey + "': "
				+ errors.stream()
					.map((error) -> error.field() + ": " + error.reason())
					.collect(Collectors.joining("; ")));
		this.formKey = formKey;
		this.errors = List.copyOf(errors);
	}

	public String formKey() {
		return this.formKey;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
