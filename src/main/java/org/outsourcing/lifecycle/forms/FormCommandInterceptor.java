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
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.util.TaskHelper;
import org.flowable.engine.impl.cmd.CompleteTaskWithFormCmd;
import org.flowable.engine.impl.cmd.GetStartFormCmd;
import org.flowable.engine.impl.cmd.GetTaskFormCmd;
import org.flowable.engine.impl.cmd.GetTaskFormModelCmd;
import org.flowable.engine.impl.cmd.SetTaskVariablesCmd;
import org.flowable.engine.impl.cmd.StartProcessInstanceCmd;
import org.flowable.engine.impl.cmd.SubmitStartFormCmd;
import org.flowable.engine.impl.cmd.SubmitTaskFormCmd;
import org.flowable.engine.impl.form.StartFormDataImpl;
import org.flowable.engine.impl.form.TaskFormDataImpl;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.form.api.FormInfo;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

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
class FormCommandInterceptor extends AbstractCommandInterceptor {

	private final FormRegistry registry;

	private final FormValidator validator;

	private final FormOptions options;

	FormCommandInterceptor(FormRegistry registry, FormValidator validator, FormOptions options) {
		this.registry = registry;
		this.validator = validator;
		this.options = options;
		requireCommandFields();
	}

	/**
	 * The protected fields of Flowable's commands this interceptor reads: checked when
	 * the engine is built and by {@code CommandFieldsTest}, so an upgrade of Flowable
	 * that renames one fails there, not on a user's submission.
	 */
	static void requireCommandFields() {
		CommandFields.require(CompleteTaskCmd.class, "taskId", "userId", "variables", "variablesLocal",
				"transientVariables", "transientVariablesLocal");
		CommandFields.require(CompleteTaskWithFormCmd.class, "taskId", "userId", "outcome", "variables",
				"variablesLocal", "transientVariables", "transientVariablesLocal");
		CommandFields.require(SubmitTaskFormCmd.class, "taskId", "properties", "completeTask");
		CommandFields.require(SubmitStartFormCmd.class, "processDefinitionId", "businessKey", "properties");
		CommandFields.require(GetTaskFormCmd.class, "taskId");
		CommandFields.require(GetTaskFormModelCmd.class, "taskId", "ignoreVariables");
		CommandFields.require(GetStartFormCmd.class, "processDefinitionId");
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		CommandContext context = Context.getCommandContext();
		Command<?> actual = command;
		if (command instanceof CompleteTaskCmd complete) {
			actual = completion(context, complete, null);
		}
		else if (command instanceof CompleteTaskWithFormCmd complete) {
			actual = completion(context, complete, CommandFields.string(complete, "outcome"));
		}
		else if (command instanceof SubmitTaskFormCmd submit) {
			actual = submission(context, submit);
		}
		else if (command instanceof SubmitStartFormCmd submit) {
			actual = startSubmission(submit);
		}
		else if (command instanceof GetTaskFormCmd read) {
			Object form = taskFormData(context, CommandFields.string(read, "taskId"));
			if (form != null) {
				return (T) form;
			}
		}
		else if (command instanceof GetTaskFormModelCmd read) {
			Object form = taskFormModel(context, CommandFields.string(read, "taskId"),
					CommandFields.bool(read, "ignoreVariables"));
			if (form != null) {
				return (T) form;
			}
		}
		else if (command instanceof GetStartFormCmd read) {
			Object form = startFormData(CommandFields.string(read, "processDefinitionId"));
			if (form != null) {
				return (T) form;
			}
		}
		if (command instanceof CompleteTaskCmd || command instanceof CompleteTaskWithFormCmd
				|| (command instanceof SubmitTaskFormCmd submit && CommandFields.bool(submit, "completeTask"))) {
			FormDefinition form = formOf(openTask(context, CommandFields.string(command, "taskId")));
			try {
				return this.next.execute(config, (Command<T>) actual, commandExecutor);
			}
			catch (FlowableIllegalArgumentException ex) {
				throw FieldRefusals.atField(form, ex);
			}
		}
		return this.next.execute(config, (Command<T>) actual, commandExecutor);
	}

	private Command<?> completion(CommandContext context, Command<?> command, String outcome) {
		String taskId = CommandFields.string(command, "taskId");
		String userId = CommandFields.string(command, "userId");
		TaskEntity task = openTask(context, taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			claimOnCompletion(task, userId);
			return command;
		}
		Shown shown = shown(context, task, form);
		Map<String, Object> variables = copy(CommandFields.map(command, "variables"));
		Map<String, Object> variablesLocal = CommandFields.map(command, "variablesLocal");
		Map<String, Object> transientVariables = CommandFields.map(command, "transientVariables");
		Map<String, Object> transientVariablesLocal = CommandFields.map(command, "transientVariablesLocal");
		if (outcome != null && form.hasOutcomes()) {
			variables = (variables != null) ? variables : new LinkedHashMap<>();
			variables.putIfAbsent(form.outcomeVariable(), outcome);
		}
		Map<String, Object> submitted = new LinkedHashMap<>();
		for (Map<String, Object> part : List.of(orEmpty(variables), orEmpty(variablesLocal),
				orEmpty(transientVariables), orEmpty(transientVariablesLocal))) {
			submitted.putAll(part);
		}
		Map<String, Object> accepted = this.validator.validate(shown.form(), submitted, true, false, shown.values());
		claimOnCompletion(task, userId);
		AnswerScope.keep(context, task, canonical(variables, accepted));
		return new CompleteTaskCmd(taskId, userId, canonical(variables, accepted), canonical(variablesLocal, accepted),
				canonical(transientVariables, accepted), canonical(transientVariablesLocal, accepted));
	}

	private Command<?> submission(CommandContext context, SubmitTaskFormCmd command) {
		String taskId = CommandFields.string(command, "taskId");
		TaskEntity task = openTask(context, taskId);
		FormDefinition form = formOf(task);
		if (form == null) {
			claimOnCompletion(task, null);
			return command;
		}
		boolean completing = CommandFields.bool(command, "completeTask");
		Shown shown = shown(context, task, form);
		Map<String, Object> accepted = this.validator.validate(shown.form(), CommandFields.map(command, "properties"),
				completing, true, shown.values());
		AnswerScope.keep(context, task, accepted);
		return completing ? new CompleteTaskCmd(taskId, accepted) : new SetTaskVariablesCmd(taskId, accepted, false);
	}

	private Command<?> startSubmission(SubmitStartFormCmd command) {
		String processDefinitionId = CommandFields.string(command, "processDefinitionId");
		FormDefinition form = startFormOf(processDefinitionId);
		if (form == null) {
			return command;
		}
		Map<String, Object> accepted = this.validator.validate(form, CommandFields.map(command, "properties"), true,
				true);
		return new StartProcessInstanceCmd<>(null, processDefinitionId, CommandFields.string(command, "businessKey"),
				accepted, null);
	}

	private TaskFormDataImpl taskFormData(CommandContext context, String taskId) {
		TaskEntity task = (taskId != null) ? CommandContextUtil.getTaskService(context).getTask(taskId) : null;
		FormDefinition form = formOf(task);
		if (form == null) {
			return null;
		}
		TaskFormDataImpl data = new TaskFormDataImpl();
		data.setTask(task);
		data.setFormKey(form.key());
		data.setDeploymentId(ProcessDefinitionUtil.getDefinitionDeploymentId(task.getProcessDefinitionId()));
		Shown shown = shown(context, task, form);
		data.setFormProperties(TaskFormValues.formProperties(shown.form(), shown.values()));
		return data;
	}

	private FormInfo taskFormModel(CommandContext context, String taskId, boolean ignoreVariables) {
		TaskEntity task = (taskId != null) ? CommandContextUtil.getTaskService(context).getTask(taskId) : null;
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
		Shown shown = shown(context, task, form);
		info.setFormModel(TaskFormValues.formModel(shown.form(), ignoreVariables ? Map.of() : shown.values()));
		return info;
	}

	private StartFormDataImpl startFormData(String processDefinitionId) {
		FormDefinition form = (processDefinitionId != null) ? startFormOf(processDefinitionId) : null;
		if (form == null) {
			return null;
		}
		ProcessDefinition definition = ProcessDefinitionUtil.getProcessDefinition(processDefinitionId);
		StartFormDataImpl data = new StartFormDataImpl();
		data.setProcessDefinition(definition);
		data.setFormKey(form.key());
		data.setDeploymentId(definition.getDeploymentId());
		data.setFormProperties(
				TaskFormValues.formProperties(this.options.resolve(form, VariableContainer.empty()), Map.of()));
		return data;
	}

	/**
	 * Claim on completion, the one place for every interface: a person who completes an
	 * unclaimed task takes it in the same transaction, so the history says who did it,
	 * and a refused completion leaves it unclaimed. A completion that names its user (the
	 * product's form API and UI) is refused when someone else holds the task; checked
	 * here, inside the command, a claim made a moment before still counts.
	 */
	private static void claimOnCompletion(TaskEntity task, String namedUser) {
		if (task == null) {
			return;
		}
		if (task.getAssignee() == null) {
			String user = (namedUser != null) ? namedUser : Authentication.getAuthenticatedUserId();
			if (user != null) {
				TaskHelper.changeTaskAssignee(task, user);
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
	private static TaskEntity openTask(CommandContext context, String taskId) {
		return (taskId != null) ? CommandContextUtil.getTaskService(context).getTask(taskId) : null;
	}

	private FormDefinition formOf(TaskEntity task) {
		if (task == null || task.getFormKey() == null || task.getFormKey().isBlank()) {
			return null;
		}
		return this.registry.find(task.getProcessDefinitionId(), task.getFormKey())
			.orElseThrow(() -> new FlowableException("Task '" + task.getTaskDefinitionKey() + "' uses form '"
					+ task.getFormKey() + "', which is neither deployed with its process nor in forms/"));
	}

	private FormDefinition startFormOf(String processDefinitionId) {
		FlowElement initial = ProcessDefinitionUtil.getProcess(processDefinitionId).getInitialFlowElement();
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
	private Shown shown(CommandContext context, TaskEntity task, FormDefinition form) {
		FormDefinition resolved = this.options.resolve(form, TaskFormValues.scope(context, task));
		return new Shown(resolved, TaskFormValues.current(context, task, resolved));
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
