package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

/**
 * Rules that depend on the chosen outcome or on the records (a candidate to select, a fee
 * higher than the current one) are checked by the step after the task, which refuses with
 * the field first: {@code "newMonthlyFee: to raise the fee, enter …"}. When that field is
 * one of the task's form, the refusal is a form error like any other: 400 with the field
 * on the APIs, the message next to the field on the page.
 */
final class FieldRefusals {

	private static final Pattern PARTS = Pattern.compile(";\\s+(?=[A-Za-z_][A-Za-z0-9_]*: )");

	private static final Pattern FIELD_FIRST = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*): (.+)$", Pattern.DOTALL);

	private FieldRefusals() {
	}

	/**
	 * The refusal as a form error when each of its parts ({@code "a: …; b: …"}) names a
	 * field of this form, else as it is.
	 */
	static FlowableIllegalArgumentException atField(FormDefinition form, FlowableIllegalArgumentException refusal) {
		if (form == null || refusal instanceof FormValidationException || refusal.getMessage() == null) {
			return refusal;
		}
		List<FieldError> errors = new ArrayList<>();
		for (String part : PARTS.split(refusal.getMessage())) {
			Matcher matcher = FIELD_FIRST.matcher(part);
			if (!matcher.matches() || !isAnswer(form, matcher.group(1))) {
				return refusal;
			}
			errors.add(new FieldError(matcher.group(1), matcher.group(2)));
		}
		return new FormValidationException(form.key(), errors);
	}

	private static boolean isAnswer(FormDefinition form, String name) {
		return name.equals(form.outcomeVariable())
				|| form.field(name).filter((field) -> !field.isReadOnly()).isPresent();
	}

}
