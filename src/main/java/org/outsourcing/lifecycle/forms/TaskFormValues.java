package org.outsourcing.lifecycle.forms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.form.FormData;
import org.flowable.engine.form.FormProperty;
import org.flowable.engine.form.FormType;
import org.flowable.engine.form.StartFormData;
import org.flowable.engine.form.TaskFormData;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.form.model.FormField;
import org.flowable.form.model.FormOutcome;
import org.flowable.form.model.SimpleFormModel;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form filled with what a task's process knows: the read-only context fields evaluated
 * ({@code ${title}}), the editable fields with their current variable values. Runs inside
 * an engine command, where the task's variables and the expression beans are at hand.
 */
final class TaskFormValues {

	private static final Logger log = LoggerFactory.getLogger(TaskFormValues.class);

	private TaskFormValues() {
	}

	/**
	 * Field id (and outcome variable) to current value; absent values are left out. The
	 * answers are the task's own ({@link AnswerScope}).
	 */
	static Map<String, Object> current(DelegateTask task, FormDefinition form, FormOptions options) {
		VariableContainer scope = scope(task);
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			Object value = field.isReadOnly() ? evaluate(options, form, field, scope)
					: AnswerScope.read(task, field.getId());
			if (value != null) {
				values.put(field.getId(), value);
			}
		}
		Object outcome = AnswerScope.read(task, form.outcomeVariable());
		if (form.hasOutcomes() && outcome != null) {
			values.put(form.outcomeVariable(), outcome);
		}
		return values;
	}

	/** Where the task's expressions are evaluated: its execution, or the task itself. */
	static VariableContainer scope(DelegateTask task) {
		return (task.getExecutionId() != null) ? CurrentCommand.execution(task.getExecutionId()) : task;
	}

	private static Object evaluate(FormOptions options, FormDefinition form, FormField field, VariableContainer scope) {
		if (!(field.getValue() instanceof String text) || !(text.contains("${") || text.contains("#{"))) {
			return field.getValue();
		}
		try {
			return options.evaluate(text, scope);
		}
		catch (RuntimeException ex) {
			// Context a process does not (yet) hold shows empty, like an unset variable.
			log.debug("Form {} field {}: {} not evaluated: {}", form.key(), field.getId(), text, ex.getMessage());
			return null;
		}
	}

	/** The form as Flowable form-data properties, for its REST clients. */
	static List<FormProperty> formProperties(FormDefinition form, Map<String, Object> values) {
		List<FormProperty> properties = new ArrayList<>();
		for (FormField field : form.fields()) {
			FieldType type = form.type(field);
			Map<String, Object> information = new LinkedHashMap<>();
			if (type.hasOptions()) {
				Map<String, String> options = new LinkedHashMap<>();
				form.options(field).forEach((option) -> options.put(option.getId(), option.getName()));
				information.put("values", options);
			}
			if (type == FieldType.DATE) {
				information.put("datePattern", "yyyy-MM-dd");
			}
			properties.add(new Property(field.getId(), field.getName(), new Type(type.flowableRestType(), information),
					text(values.get(field.getId())), true, !field.isReadOnly(),
					field.isRequired() && !field.isReadOnly()));
		}
		if (form.hasOutcomes()) {
			Map<String, String> outcomes = new LinkedHashMap<>();
			form.outcomes().forEach((outcome) -> outcomes.put(outcome.getId(), outcome.getName()));
			properties.add(new Property(form.outcomeVariable(), "Outcome", new Type("enum", Map.of("values", outcomes)),
					text(values.get(form.outcomeVariable())), true, true, true));
		}
		return properties;
	}

	/** A copy of the Flowable form model with each field's current value. */
	static SimpleFormModel formModel(FormDefinition form, Map<String, Object> values) {
		SimpleFormModel model = form.copy();
		for (FormField field : model.getFields()) {
			field.setValue(values.get(field.getId()));
		}
		if (model.getOutcomes() == null) {
			model.setOutcomes(new ArrayList<FormOutcome>());
		}
		return model;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	record Type(String name, Map<String, Object> information) implements FormType {

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public Object getInformation(String key) {
			return this.information.get(key);
		}

	}

	record Property(String id, String name, Type type, String value, boolean readable, boolean writable,
			boolean required) implements FormProperty, Serializable {

		@Override
		public String getId() {
			return this.id;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public FormType getType() {
			return this.type;
		}

		@Override
		public String getValue() {
			return this.value;
		}

		@Override
		public boolean isReadable() {
			return this.readable;
		}

		@Override
		public boolean isWritable() {
			return this.writable;
		}

		@Override
		public boolean isRequired() {
			return this.required;
		}

	}

	/** Flowable's form data, for its REST clients and Java callers. */
	interface FormDataValues extends FormData {

		String formKey();

		String deploymentId();

		List<FormProperty> formProperties();

		@Override
		default String getFormKey() {
			return formKey();
		}

		@Override
		default String getDeploymentId() {
			return deploymentId();
		}

		@Override
		default List<FormProperty> getFormProperties() {
			return formProperties();
		}

	}

	/** A task's form as Flowable's form data. */
	record TaskForm(Task task, String formKey, String deploymentId,
			List<FormProperty> formProperties) implements TaskFormData, FormDataValues, Serializable {

		@Override
		public Task getTask() {
			return this.task;
		}

	}

	/** A process's start form as Flowable's form data. */
	record StartForm(ProcessDefinition processDefinition, String formKey, String deploymentId,
			List<FormProperty> formProperties) implements StartFormData, FormDataValues, Serializable {

		@Override
		public ProcessDefinition getProcessDefinition() {
			return this.processDefinition;
		}

	}

}
