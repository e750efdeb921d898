package org.outsourcing.lifecycle.forms;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.flowable.form.model.FormField;

/**
 * A form as the product's API shows it: the definition, the values the process holds now
 * (the read-only context evaluated) and the outcomes to choose from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormView(String taskId, String taskName, String processInstanceId, String processDefinitionKey,
		String key, String name, String description, List<Field> fields, List<Outcome> outcomes, String outcomeVariable,
		Map<String, Object> values) {

	static FormView of(FormDefinition form, Map<String, Object> values) {
		return new FormView(null, null, null, null, form.key(), form.name(), form.description(),
				form.fields().stream().map((field) -> Field.of(form, field)).toList(),
				form.outcomes()
					.stream()
					.map((outcome) -> new Outcome(outcome.getId(), outcome.getName(),
							form.confirmation(outcome.getId()).orElse(null)))
					.toList(),
				form.hasOutcomes() ? form.outcomeVariable() : null, values);
	}

	/** A form with no values yet, e.g. a public page's form that belongs to no task. */
	public static FormView blank(FormDefinition form) {
		return of(form, Map.of());
	}

	FormView forTask(String taskId, String taskName, String processInstanceId) {
		return new FormView(taskId, taskName, processInstanceId, null, this.key, this.name, this.description,
				this.fields, this.outcomes, this.outcomeVariable, this.values);
	}

	FormView forProcess(String processDefinitionKey) {
		return new FormView(null, null, null, processDefinitionKey, this.key, this.name, this.description, this.fields,
				this.outcomes, this.outcomeVariable, this.values);
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Field(String id, String name, String type, boolean required, boolean readOnly, String placeholder,
			Map<String, Object> params, List<Choice> options) {

		/** The param of a money field naming the text field that holds its currency. */
		public static final String CURRENCY_FIELD = "currencyField";

		/** The id of the field holding this money field's currency, or null. */
		public String currencyField() {
			Object currency = this.params.get(CURRENCY_FIELD);
			return (currency != null) ? currency.toString() : null;
		}

		static Field of(FormDefinition form, FormField field) {
			return new Field(field.getId(), field.getName(), form.type(field).id(), field.isRequired(),
					field.isReadOnly(), field.getPlaceholder(),
					(field.getParams() != null) ? field.getParams() : Map.of(),
					form.options(field)
						.stream()
						.map((option) -> new Choice(option.getId(), option.getName()))
						.toList());
		}

	}

	/**
	 * A button that completes the task; {@code confirm} is the question a destructive one
	 * asks first (absent for the others).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Outcome(String id, String name, String confirm) {

	}

	public record Choice(String id, String name) {

	}

}
