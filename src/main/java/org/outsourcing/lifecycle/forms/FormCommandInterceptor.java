package org.outsourcing.lifecycle.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.form.api.FormInfo;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.outsourcing.lifecycle.core.engine.EngineCommand;
import org.outsourcing.lifecycle.core.engine.EngineCommand.FormCommand;
import org.outsourcing.lifecycle.core.engine.EngineCommand.StartFormRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.StartFormSubmission;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskCompletion;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormModelRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormSubmission;
import org.outsourcing.lifecycle.core.engine.EngineUser;

/**
 * Puts the forms of {@code forms/} into the engine itself, so that every interface obeys
 * them: the Java {@code TaskService}, Flowable's REST resources and the product's API all
 * complete tasks through these commands. Runs inside the command's transaction: a refused
 * submission throws before the task is touched, so the task stays open and nothing is
 * written.
 * <ul>
 * <li>completing a task ({@code complete}, {@code completeTaskWithForm},
 * {@code submitTaskFormData}) validates the values against the task's form and stores
 * them in their canonical types;</li>
 * <li>a step after the task that refuses the answers naming a field of the task's form
 * ({@code "selectedCandidate: is required"}) refuses them like the form itself would, so
 * every interface shows the refusal at that field ({@link FieldRefusals});</li>
 * <li>{@code getTaskFormData}, {@code getStartFormData} and {@code getTaskFormModel}
 * answer with the form of {@code forms/} (Flowable has no form engine here).</li>
 * </ul>
 */
class FormCommandInterceptor implements CommandSteps.Step {

	private final FormRegistry registry;

	private final FormValidator validator;

	private final FormOptions options;

	FormCommandInterceptor(FormRegistry registry, FormValidator validator, FormOptions options) {
		this.registry = registry;
		this.validator = validator;
		this.options = options;
	}

	@Override
	public Object around(EngineCommand command, CommandSteps.Next next) {
		FormCommand read = command.formCommand();
		EngineCommand actual = command;
		if (read instanceof TaskCompletion completion) {
			actual = completion(command, completion);
		}
		else if (read instanceof TaskFormSubmission submission) {
			actual = submission(command, submission);
		}
		else if (read instanceof StartFormSubmission submission) {
			actual = startSubmission(command, submission);
		}
		else if (read instanceof TaskFormRead formRead) {
			Object form = taskFormData(formRead.taskId());
			if (form != null) {
				return form;
			}
		}
		else if (read instanceof TaskFormModelRead formRead) {
			Object form = taskFormModel(formRead.taskId(), formRead.ignoreVariables());
			if (form != null) {
				return form;
			}
		}
		else if (read instanceof StartFormRead formRead) {
			Object form = startFormData(formRead.processDefinitionId());
			if (form != null) {
				return form;
			}
		}
		if (command.completesTask()) {
			FormDefinition form = formOf(openTask(command.writtenTaskId()));
			try {
				return next.run(actual);
			}
			catch (FlowableIllegalArgumentException ex) {
				throw FieldRefusals.atField(form, ex);
			}
		}
		return next.run(actual);
	}

	private EngineCommand completion(EngineCommand command, TaskCompletion completion) {
		String taskId = completion.taskId();
		String userId = completion.userId();
		DelegateTask task = openTask(taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			claimOnCompletion(task, userId);
			return command;
		}
		Shown shown = shown(task, form);
		Map<String, Object> variables = copy(completion.variables());
		Map<String, Object> variablesLocal = completion.variablesLocal();
		Map<String, Object> transientVariables = completion.transientVariables();
		Map<String, Object> transientVariablesLocal = completion.transientVariablesLocal();
		if (completion.outcome() != null && form.hasOutcomes()) {
			variables = (variables != null) ? variables : new LinkedHashMap<>();
			variables.putIfAbsent(form.outcomeVariable(), completion.outcome());
		}
		Map<String, Object> submitted = new LinkedHashMap<>();
		for (Map<String, Object> part : List.of(orEmpty(variables), orEmpty(variablesLocal),
				orEmpty(transientVariables), orEmpty(transientVariablesLocal))) {
			submitted.putAll(part);
		}
		Map<String, Object> accepted = this.validator.validate(shown.form(), submitted, true, false, shown.values());
		claimOnCompletion(task, userId);
		AnswerScope.keep(task, canonical(variables, accepted));
		return EngineCommand.completeTask(taskId, userId, canonical(variables, accepted),
				canonical(variablesLocal, accepted), canonical(transientVariables, accepted),
				canonical(transientVariablesLocal, accepted));
	}

	private EngineCommand submission(EngineCommand command, TaskFormSubmission submission) {
		String taskId = submission.taskId();
		DelegateTask task = openTask(taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			claimOnCompletion(task, null);
			return command;
		}
		boolean completing = submission.completesTask();
		Shown shown = shown(task, form);
		Map<String, Object> accepted = this.validator.validate(shown.form(), submission.properties(), completing, true,
				shown.values());
		AnswerScope.keep(task, accepted);
		return completing ? EngineCommand.completeTask(taskId, accepted)
				: EngineCommand.setTaskVariables(taskId, accepted);
	}

	private EngineCommand startSubmission(EngineCommand command, StartFormSubmission submission) {
		String processDefinitionId = submission.processDefinitionId();
		FormDefinition form = startFormOf(processDefinitionId);
		if (form == null) {
			return command;
		}
		Map<String, Object> accepted = this.validator.validate(form, submission.properties(), true, true);
		return EngineCommand.startProcess(processDefinitionId, submission.businessKey(), accepted);
	}

	private TaskFormValues.TaskForm taskFormData(String taskId) {
		DelegateTask task = openTask(taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			return null;
		}
		Shown shown = shown(task, form);
		// the engine's task is the public Task too
		return new TaskFormValues.TaskForm((Task) task, form.key(),
				CurrentCommand.processDefinition(task.getProcessDefinitionId()).getDeploymentId(),
				TaskFormValues.formProperties(shown.form(), shown.values()));
	}

	private FormInfo taskFormModel(String taskId, boolean ignoreVariables) {
		DelegateTask task = openTask(taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			return null;
		}
		FormInfo info = new FormInfo();
		info.setId(form.key());
		info.setKey(form.key());
		info.setName(form.name());
		info.setDescription(form.description());
		info.setVersion(form.copy().getVersion());
		Shown shown = shown(task, form);
		info.setFormModel(TaskFormValues.formModel(shown.form(), ignoreVariables ? Map.of() : shown.values()));
		return info;
	}

	private TaskFormValues.StartForm startFormData(String processDefinitionId) {
		FormDefinition form = (processDefinitionId != null) ? startFormOf(processDefinitionId) : null;
		if (form == null) {
			return null;
		}
		ProcessDefinition definition = CurrentCommand.processDefinition(processDefinitionId);
		return new TaskFormValues.StartForm(definition, form.key(), definition.getDeploymentId(),
				TaskFormValues.formProperties(this.options.resolve(form, VariableContainer.empty()), Map.of()));
	}

	/**
	 * Claim on completion, the one place for every interface: a person who completes an
	 * unclaimed task takes it in the same transaction, so the history says who did it,
	 * and a refused completion leaves it unclaimed. A completion that names its user (the
	 * product's form API and UI) is refused when someone else holds the task; checked
	 * here, inside the command, a claim made a moment before still counts.
	 */
	private static void claimOnCompletion(DelegateTask task, String namedUser) {
		if (task == null) {
			return;
		}
		if (task.getAssignee() == null) {
			String user = (namedUser != null) ? namedUser : EngineUser.current();
			if (user != null) {
				CurrentCommand.claim(task, user);
			}
		}
		else if (namedUser != null && !namedUser.equals(task.getAssignee())) {
			throw new FlowableTaskAlreadyClaimedException(task.getId(), task.getAssignee());
		}
	}

	/**
	 * The open task, or {@code null}: a task closed meanwhile fails the command, and
	 * {@link TaskConflictInterceptor} answers the conflict.
	 */
	private static DelegateTask openTask(String taskId) {
		return (taskId != null) ? CurrentCommand.task(taskId) : null;
	}

	private FormDefinition formOf(DelegateTask task) {
		if (task == null || task.getFormKey() == null || task.getFormKey().isBlank()) {
			return null;
		}
		return this.registry.find(task.getProcessDefinitionId(), task.getFormKey())
			.orElseThrow(() -> new FlowableException("Task '" + task.getTaskDefinitionKey() + "' uses form '"
					+ task.getFormKey() + "', which is neither deployed with its process nor in forms/"));
	}

	private FormDefinition startFormOf(String processDefinitionId) {
		FlowElement initial = CurrentCommand.process(processDefinitionId).getInitialFlowElement();
		if (initial instanceof StartEvent start && start.getFormKey() != null && !start.getFormKey().isBlank()) {
			return this.registry.find(processDefinitionId, start.getFormKey())
				.orElseThrow(() -> new FlowableException("The start event uses form '" + start.getFormKey()
						+ "', which is neither deployed with its process nor in forms/"));
		}
		return null;
	}

	/**
	 * The task's form with its options from the task's process, and the values it shows.
	 */
	private Shown shown(DelegateTask task, FormDefinition form) {
		FormDefinition resolved = this.options.resolve(form, TaskFormValues.scope(task));
		return new Shown(resolved, TaskFormValues.current(task, resolved, this.options));
	}

	private record Shown(FormDefinition form, Map<String, Object> values) {
	}

	/**
	 * The accepted values of this part; a read-only field sent back as shown is left out.
	 */
	private static Map<String, Object> canonical(Map<String, Object> part, Map<String, Object> accepted) {
		if (part == null) {
			return null;
		}
		Map<String, Object> canonical = new LinkedHashMap<>();
		part.keySet().stream().filter(accepted::containsKey).forEach((name) -> canonical.put(name, accepted.get(name)));
		return canonical;
	}

	private static Map<String, Object> copy(Map<String, Object> variables) {
		return (variables != null) ? new LinkedHashMap<>(variables) : null;
	}

	private static Map<String, Object> orEmpty(Map<String, Object> variables) {
		return (variables != null) ? variables : Map.of();
	}

}
