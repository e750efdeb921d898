package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.form.model.FormField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks what a caller submits for a form: only the form's editable fields and its
 * outcome, every value of the right type and within the form's bounds, and, when the
 * submission completes the task, every required field and the outcome present. Collects
 * every violation before refusing, applies the forms' cross-field rules
 * ({@link FormRule}) to a complete submission, and hands back the values in the types the
 * processes read (see {@link FieldValues}). An option field accepts only its options,
 * those from an expression included ({@link FormOptions}). A read-only field sent back as
 * the form showed it is ignored (a generic client sends the whole form back); changed, it
 * is refused.
 */
@Component
public class FormValidator {

	private final ObjectProvider<FormRule> rules;

	private final FormOptions options;

	/**
	 * @param rules read on each submission: some need the engine, which needs this
	 * @param options the options of fields that list none themselves, when no process
	 * gave them yet
	 */
	public FormValidator(ObjectProvider<FormRule> rules, FormOptions options) {
		this.rules = rules;
		this.options = options;
	}

	/**
	 * The values of a submission that completes a task or starts a process.
	 * @throws FormValidationException listing every field error
	 */
	public Map<String, Object> validate(FormDefinition form, Map<String, ?> values) {
		return validate(form, values, true, false);
	}

	/**
	 * @param completing whether required fields and the outcome must be present (a
	 * completion) or the submission may be partial (a saved draft)
	 * @param textual whether the interface can only send text, so that "5" is a number
	 */
	public Map<String, Object> validate(FormDefinition form, Map<String, ?> values, boolean completing,
			boolean textual) {
		return validate(form, values, completing, textual, Map.of());
	}

	/**
	 * @param shown the values the form showed, by field id: a read-only field sent back
	 * with its shown value (or empty when it showed none) is left out of the answer
	 */
	public Map<String, Object> validate(FormDefinition unresolved, Map<String, ?> values, boolean completing,
			boolean textual, Map<String, ?> shown) {
		FormDefinition form = this.options.resolve(unresolved, VariableContainer.empty());
		Map<String, ?> submitted = (values != null) ? values : Map.of();
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> accepted = new LinkedHashMap<>();
		for (String name : new TreeSet<>(submitted.keySet())) {
			Object value = submitted.get(name);
			if (name.equals(form.outcomeVariable())) {
				outcome(form, value).ifPresentOrElse((reason) -> errors.add(new FieldError(name, reason)),
						() -> accepted.put(name, isBlank(value) ? null : value));
				continue;
			}
			Optional<FormField> field = form.field(name);
			if (field.isEmpty()) {
				errors.add(new FieldError(name, "is not a field of form '" + form.key() + "'"));
			}
			else if (field.get().isReadOnly()) {
				if (!ShownValues.same(shown.get(name), value)) {
					errors.add(new FieldError(name, "is read-only in form '" + form.key()
							+ "' and cannot be changed; send it as shown or leave it out"));
				}
			}
			else if (isBlank(value)) {
				accepted.put(name, null);
			}
			else {
				try {
					accepted.put(name, FieldValues.convert(form.type(field.get()), field.get(),
							form.options(field.get()), value, textual));
				}
				catch (FieldValues.Refused refused) {
					errors.add(new FieldError(name, refused.getMessage()));
				}
			}
		}
		if (completing) {
			for (FormField field : form.editableFields()) {
				if (field.isRequired() && isBlank(submitted.get(field.getId()))) {
					errors.add(new FieldError(field.getId(), "is required"));
				}
			}
			if (form.hasOutcomes() && isBlank(submitted.get(form.outcomeVariable()))) {
				errors.add(new FieldError(form.outcomeVariable(), "is required: choose one of " + outcomeList(form)));
			}
		}
		if (completing && errors.isEmpty()) {
			this.rules.orderedStream()
				.filter((rule) -> rule.formKey().equals(form.key()))
				.forEach((rule) -> errors.addAll(rule.check(accepted)));
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(form.key(), errors);
		}
		return accepted;
	}

	private Optional<String> outcome(FormDefinition form, Object value) {
		if (!form.hasOutcomes()) {
			return Optional.of("is not expected: form '" + form.key() + "' has no outcomes");
		}
		if (isBlank(value)) {
			return Optional.empty();
		}
		if (value instanceof String id && form.outcomeIds().contains(id)) {
			return Optional.empty();
		}
		return Optional.of("must be one of " + outcomeList(form));
	}

	private String outcomeList(FormDefinition form) {
		return String.join(", ", form.outcomes().stream().map((outcome) -> outcome.getId()).toList());
	}

	private static boolean isBlank(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

}
