package org.outsourcing.lifecycle.forms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.security.TaskVisibility;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product's form operations: read a task's form with its current values, complete a
 * task as a user, read a process's start form and start the process with it. The values
 * are checked by the engine itself ({@link FormCommandInterceptor}), the same as on every
 * other interface.
 */
@Service
public class TaskForms {

	/** The process variable that names who asked for an engagement. */
	public static final String REQUESTED_BY = "requestedBy";

	private static final int MAX_ATTEMPTS = 3;

	private final FormRegistry registry;

	private final FormValidator validator;

	private final TaskService tasks;

	private final HistoryService history;

	private final ManagementService management;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TransactionTemplate transaction;

	private final TaskVisibility visibility;

	public TaskForms(FormRegistry registry, FormValidator validator, TaskService tasks, HistoryService history,
			ManagementService management, RepositoryService repository, RuntimeService runtime,
			TransactionTemplate transaction, TaskVisibility visibility) {
		this.visibility = visibility;
		this.registry = registry;
		this.validator = validator;
		this.tasks = tasks;
		this.history = history;
		this.management = management;
		this.repository = repository;
		this.runtime = runtime;
		this.transaction = transaction;
	}

	/** The open task's form, with what its process holds now. */
	public FormView taskForm(String taskId) {
		this.visibility.requireVisible(taskId);
		Task task = openTask(taskId);
		FormDefinition form = formOf(task);
		Map<String, Object> values = new LinkedHashMap<>(this.management.executeCommand((context) -> {
			TaskEntity entity = CommandContextUtil.getTaskService(context).getTask(taskId);
			return TaskFormValues.current(context, entity, form);
		}));
		if (this.visibility.contractorOnly()) {
			// a contractor sees the context the form shares with them, and their own
			// answers
			Set<String> shown = new HashSet<>(form.sharedWithContractor());
			form.editableFields().forEach((field) -> shown.add(field.getId()));
			values.keySet().retainAll(shown);
		}
		return FormView.of(form, values).forTask(task.getId(), task.getName(), task.getProcessInstanceId());
	}

	/**
	 * Completes the task as this user with the form's values and outcome, claiming it for
	 * the user when nobody has. Claim and completion are one transaction: a refused
	 * submission leaves the task as it was, unclaimed included.
	 * @throws FormValidationException when the values do not fit the form (400)
	 * @throws TaskAlreadyCompletedException when someone else completed it first (409)
	 */
	public void complete(String taskId, Map<String, Object> values, String outcome, String userId) {
		this.visibility.requireVisible(taskId);
		Task task = openTask(taskId);
		FormDefinition form = formOf(task);
		Map<String, Object> variables = new LinkedHashMap<>((values != null) ? values : Map.of());
		if (outcome != null) {
			variables.put(form.outcomeVariable(), outcome);
		}
		for (int attempt = 1;; attempt++) {
			try {
				CurrentUser.actingAs(userId, () -> this.transaction.executeWithoutResult((status) -> {
					if (task.getAssignee() == null) {
						this.tasks.claim(taskId, userId);
					}
					else if (!task.getAssignee().equals(userId)) {
						throw new FlowableTaskAlreadyClaimedException(taskId, task.getAssignee());
					}
					this.tasks.complete(taskId, userId, variables);
				}));
				return;
			}
			catch (FlowableOptimisticLockingException ex) {
				// Parallel tasks of one activity (two applications screened at once) end
				// in the same counter of the engine; the later one tries again on what
				// the
				// first left. Each keeps its own answers (AnswerScope), so nothing is
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
		return FormView.of(startFormOf(definition), Map.of()).forProcess(processKey);
	}

	/**
	 * Starts the latest version of the process with its start form's values, as asked by
	 * this user ({@value #REQUESTED_BY}).
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
		variables.put(REQUESTED_BY, userId);
		ProcessInstance[] started = new ProcessInstance[1];
		CurrentUser.actingAs(userId,
				() -> started[0] = this.runtime.createProcessInstanceBuilder()
					.processDefinitionId(definition.getId())
					.variables(variables)
					.start());
		return started[0].getId();
	}

	private Task openTask(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task != null) {
			return task;
		}
		HistoricTaskInstance closed = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		if (closed != null) {
			throw new TaskAlreadyCompletedException(TaskConflicts.closedMessage(closed));
		}
		throw new FlowableObjectNotFoundException("There is no task '" + taskId + "'", Task.class);
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

}
