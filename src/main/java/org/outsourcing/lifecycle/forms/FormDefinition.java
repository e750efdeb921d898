package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.form.model.FormField;
import org.flowable.form.model.FormOutcome;
import org.flowable.form.model.Option;
import org.flowable.form.model.OptionFormField;
import org.flowable.form.model.SimpleFormModel;
import org.outsourcing.lifecycle.core.Variables;

/**
 * One checked form of {@code forms/}: what a task (or a process start) asks for. Read
 * from a {@link FormRegistry}; never modify the model it returns, take a {@link #copy()}.
 */
public final class FormDefinition {

	private static final ObjectMapper COPIER = new ObjectMapper();

	private final SimpleFormModel model;

	private final Map<String, FormField> fields;

	private final Map<String, FieldType> types;

	private final Map<String, String> confirmations;

	FormDefinition(SimpleFormModel model, Map<String, FieldType> types, Map<String, String> confirmations) {
		this.confirmations = Map.copyOf(confirmations);
		this.model = model;
		this.fields = new LinkedHashMap<>();
		model.getFields().forEach((field) -> this.fields.put(field.getId(), field));
		this.types = Map.copyOf(types);
	}

	public String key() {
		return this.model.getKey();
	}

	/**
	 * The question a destructive outcome asks before it is sent (the form file's
	 * {@code "confirm"}), if it is one.
	 */
	public Optional<String> confirmation(String outcomeId) {
		return Optional.ofNullable(this.confirmations.get(outcomeId));
	}

	public String name() {
		return this.model.getName();
	}

	public String description() {
		return this.model.getDescription();
	}

	/** All fields in the order of the file, the read-only context fields included. */
	public List<FormField> fields() {
		return List.copyOf(this.fields.values());
	}

	/** The fields a user fills in: every field that is not read-only. */
	public List<FormField> editableFields() {
		return this.fields.values().stream().filter((field) -> !field.isReadOnly()).toList();
	}

	public Optional<FormField> field(String id) {
		return Optional.ofNullable(this.fields.get(id));
	}

	public FieldType type(FormField field) {
		return this.types.get(field.getId());
	}

	/**
	 * The field's options: the listed ones, or, for a field with an
	 * {@code optionsExpression}, the ones {@link FormOptions} found in a process (none
	 * before).
	 */
	public List<Option> options(FormField field) {
		return optionsOf(field);
	}

	/** The field's {@code optionsExpression}, or null when its options are listed. */
	public String optionsExpression(FormField field) {
		return (field instanceof OptionFormField options && options.getOptionsExpression() != null
				&& !options.getOptionsExpression().isBlank()) ? options.getOptionsExpression() : null;
	}

	/** Whether some field takes its options from the process it is shown in. */
	public boolean hasOptionsExpressions() {
		return this.fields.values().stream().anyMatch((field) -> optionsExpression(field) != null);
	}

	/**
	 * This form with the given fields' options in place of their expressions, for one
	 * task or one start; the registry's form stays as it is.
	 */
	FormDefinition withOptions(Map<String, List<Option>> optionsByField) {
		SimpleFormModel resolved = copy();
		for (FormField field : resolved.getFields()) {
			if (field instanceof OptionFormField options && optionsByField.containsKey(field.getId())) {
				options.setOptions(new ArrayList<>(optionsByField.get(field.getId())));
				options.setOptionsExpression(null);
			}
		}
		return new FormDefinition(resolved, this.types, this.confirmations);
	}

	static List<Option> optionsOf(FormField field) {
		return (field instanceof OptionFormField options && options.getOptions() != null)
				? List.copyOf(options.getOptions()) : List.of();
	}

	public List<FormOutcome> outcomes() {
		return (this.model.getOutcomes() != null) ? List.copyOf(this.model.getOutcomes()) : List.of();
	}

	public boolean hasOutcomes() {
		return !outcomes().isEmpty();
	}

	public Set<String> outcomeIds() {
		return outcomes().stream().map(FormOutcome::getId).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The process variable that holds the chosen outcome, e.g.
	 * {@code form_confirmCoreWork_outcome}; gateways after the task read it.
	 */
	public String outcomeVariable() {
		return outcomeVariable(key());
	}

	public static String outcomeVariable(String formKey) {
		return Variables.formOutcome(formKey);
	}

	/**
	 * The ids of the fields a contractor may see ({@code params.sharedWithContractor:
	 * true}); every other field stays with the company.
	 */
	public Set<String> sharedWithContractor() {
		return this.fields.values()
			.stream()
			.filter((field) -> Boolean.TRUE.equals(field.getParam("sharedWithContractor")))
			.map(FormField::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** A deep copy of the Flowable form model, to fill in values for one task. */
	public SimpleFormModel copy() {
		return COPIER.convertValue(this.model, SimpleFormModel.class);
	}

}
