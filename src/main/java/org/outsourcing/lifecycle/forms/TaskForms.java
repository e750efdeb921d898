package org.outsourcing.lifecycle.forms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.security.TaskVisibility;
import org.flowable.task.service.delegate.DelegateTask;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.springframework.stereotype.Service;

/**
 * The product's form operations: read a task's form with its current values, complete a
 * task as a user, read a process's start form and start the process with it. The values
 * are checked by the engine itself ({@link FormCommandInterceptor}), the same as on every
 * other interface.
 */
@Service
public class TaskForms {

	private static final int MAX_ATTEMPTS = 3;

	private final FormRegistry registry;

	private final FormValidator validator;

	private final TaskService tasks;

	private final ManagementService management;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskVisibility visibility;

	private final TaskConflicts conflicts;

	private final FormOptions options;

	public TaskForms(FormRegistry registry, FormValidator validator, TaskService tasks, ManagementService management,
			RepositoryService repository, RuntimeService runtime, TaskVisibility visibility, TaskConflicts conflicts,
			FormOptions options) {
		this.registry = registry;
		this.validator = validator;
		this.tasks = tasks;
		this.management = management;
		this.repository = repository;
		this.runtime = runtime;
		this.visibility = visibility;
		this.conflicts = conflicts;
		this.options = options;
	}

	/**
	 * The open task, once the signed-in user's right to see it is checked: what every
	 * other operation on the task builds on, so that one request checks once.
	 * @throws FlowableObjectNotFoundException when the user may not see it or it never
	 * was a task (404)
	 * @throws TaskAlreadyCompletedException when it was open and is closed now (409)
	 */
	public OpenTask open(String taskId) {
		this.visibility.requireVisible(taskId);
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw this.conflicts.closed(taskId)
				.<FlowableException>map((conflict) -> conflict)
				.orElseGet(() -> new FlowableObjectNotFoundException("There is no task '" + taskId + "'", Task.class));
		}
		return new OpenTask(task, formOf(task));
	}

	/** The open task's form, with what its process holds now. */
	public FormView taskForm(String taskId) {
		return taskForm(open(taskId));
	}

	/** The open task's form, with what its process holds now. */
	public FormView taskForm(OpenTask open) {
		Task task = open.task();
		FormDefinition[] form = { open.form };
		Map<String, Object> values = new LinkedHashMap<>(this.management.executeCommand((context) -> {
			DelegateTask entity = CurrentCommand.task(task.getId());
			form[0] = this.options.resolve(open.form, TaskFormValues.scope(entity));
			return TaskFormValues.current(entity, form[0], this.options);
		}));
		if (this.visibility.contractorOnly()) {
			// a contractor sees the context the form shares with them, and their own
			// answers
			Set<String> shown = new HashSet<>(open.form.sharedWithContractor());
			open.form.editableFields().forEach((field) -> shown.add(field.getId()));
			values.keySet().retainAll(shown);
		}
		return FormView.of(form[0], values).forTask(task.getId(), task.getName(), task.getProcessInstanceId());
	}

	/** See {@link #complete(OpenTask, Map, String, String)}. */
	public void complete(String taskId, Map<String, Object> values, String outcome, String userId) {
		complete(open(taskId), values, outcome, userId);
	}

	/**
	 * Completes the task as this user with the form's values and outcome. The engine
	 * claims it for the user in the same command when nobody has, and refuses it when
	 * someone else holds it ({@link FormCommandInterceptor}): a refused submission leaves
	 * the task as it was, unclaimed included.
	 * @throws FormValidationException when the values do not fit the form (400)
	 * @throws TaskAlreadyCompletedException when someone else completed it first (409)
	 */
	public void complete(OpenTask open, Map<String, Object> values, String outcome, String userId) {
		Map<String, Object> variables = new LinkedHashMap<>((values != null) ? values : Map.of());
		if (outcome != null) {
			variables.put(open.form.outcomeVariable(), outcome);
		}
		for (int attempt = 1;; attempt++) {
			try {
				CurrentUser.actingAs(userId, () -> this.tasks.complete(open.task().getId(), userId, variables));
				return;
			}
			catch (FlowableOptimisticLockingException ex) {
				// Parallel tasks of one activity (two applications screened at once) end
				// in the same counter of the engine; the later one tries again on what
				// the first left. Each keeps its own answers (AnswerScope), so nothing is
				// mixed.
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** The start form of the latest version of this process. */
	public FormView startForm(String processKey) {
		ProcessDefinition definition = latest(processKey);
		return FormView.of(this.options.resolve(startFormOf(definition), VariableContainer.empty()), Map.of())
			.forProcess(processKey);
	}

	/**
	 * Starts the latest version of the process with its start form's values, as asked by
	 * this user ({@link EngagementVariables#REQUESTED_BY}).
	 * @return the new process instance's id
	 */
	public String start(String processKey, Map<String, Object> values, String outcome, String userId) {
		ProcessDefinition definition = latest(processKey);
		FormDefinition form = startFormOf(definition);
		Map<String, Object> submitted = new LinkedHashMap<>((values != null) ? values : Map.of());
		if (outcome != null) {
			submitted.put(form.outcomeVariable(), outcome);
		}
		Map<String, Object> variables = new LinkedHashMap<>(this.validator.validate(form, submitted));
		variables.put(EngagementVariables.REQUESTED_BY, userId);
		ProcessInstance[] started = new ProcessInstance[1];
		CurrentUser.actingAs(userId,
				() -> started[0] = this.runtime.createProcessInstanceBuilder()
					.processDefinitionId(definition.getId())
					.variables(variables)
					.start());
		return started[0].getId();
	}

	private FormDefinition formOf(Task task) {
		if (task.getFormKey() == null || task.getFormKey().isBlank()) {
			throw new FormNotFoundException("Task '" + task.getName() + "' has no form");
		}
		return this.registry.get(task.getProcessDefinitionId(), task.getFormKey());
	}

	private ProcessDefinition latest(String processKey) {
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new FlowableObjectNotFoundException("There is no process '" + processKey + "'",
					ProcessDefinition.class);
		}
		return definition;
	}

	private FormDefinition startFormOf(ProcessDefinition definition) {
		FlowElement initial = this.repository.getBpmnModel(definition.getId())
			.getProcessById(definition.getKey())
			.getInitialFlowElement();
		return Optional.ofNullable((initial instanceof StartEvent start) ? start.getFormKey() : null)
			.filter((formKey) -> !formKey.isBlank())
			.map((formKey) -> this.registry.get(definition.getId(), formKey))
			.orElseThrow(() -> new FormNotFoundException("Process '" + definition.getKey() + "' has no start form"));
	}

	/**
	 * An open task that {@link #open(String)} found the signed-in user may see, with its
	 * form.
	 */
	public static final class OpenTask {

		private final Task task;

		private final FormDefinition form;

		private OpenTask(Task task, FormDefinition form) {
			this.task = task;
			this.form = form;
		}

		public Task task() {
			return this.task;
		}

	}

}
