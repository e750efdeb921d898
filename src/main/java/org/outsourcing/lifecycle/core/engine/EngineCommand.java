package org.outsourcing.lifecycle.core.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.query.AbstractNativeQuery;
import org.flowable.common.engine.impl.query.AbstractQuery;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.cmd.CompleteTaskWithFormCmd;
import org.flowable.engine.impl.cmd.GetStartFormCmd;
import org.flowable.engine.impl.cmd.GetTaskFormCmd;
import org.flowable.engine.impl.cmd.GetTaskFormModelCmd;
import org.flowable.engine.impl.cmd.SetTaskVariablesCmd;
import org.flowable.engine.impl.cmd.StartProcessInstanceCmd;
import org.flowable.engine.impl.cmd.SubmitStartFormCmd;
import org.flowable.engine.impl.cmd.SubmitTaskFormCmd;
import org.flowable.idm.api.User;
import org.flowable.idm.engine.impl.cmd.SaveUserCmd;
import org.flowable.idm.engine.impl.cmd.UpdateUserPasswordCmd;

import org.springframework.util.ReflectionUtils;

/**
 * A command of an engine as the product's steps around it read it ({@link CommandSteps}):
 * which task it completes, with which values, which form it reads, which user it saves,
 * the names of the variables it carries; and the commands that stand in for one (a
 * completion with the form's canonical values). Flowable's commands are internal classes
 * that keep their arguments in protected or private fields without getters: this adapter
 * alone knows them, reads the fields by name, and checks the names when the engine is
 * built ({@code EngineCommandTest} drives each kind through the real engine), so an
 * upgrade that renames one fails at start, not on a user's submission.
 */
public final class EngineCommand {

	private static final ClassValue<List<Field>> VARIABLE_FIELDS = new ClassValue<>() {
		@Override
		protected List<Field> computeValue(Class<?> type) {
			return variableFields(type);
		}
	};

	/** An activity move's local variables: activity id to that activity's variables. */
	private static final String PER_ACTIVITY = "localVariables";

	private final Command<?> command;

	EngineCommand(Command<?> command) {
		this.command = command;
	}

	Command<?> command() {
		return this.command;
	}

	/**
	 * The fields of Flowable's commands read here: checked when a step is put into an
	 * engine and by {@code EngineCommandTest}.
	 */
	static void requireFields() {
		require(CompleteTaskCmd.class, "taskId", "userId", "variables", "variablesLocal", "transientVariables",
				"transientVariablesLocal");
		require(CompleteTaskWithFormCmd.class, "taskId", "userId", "outcome", "variables", "variablesLocal",
				"transientVariables", "transientVariablesLocal");
		require(SubmitTaskFormCmd.class, "taskId", "properties", "completeTask");
		require(SubmitStartFormCmd.class, "processDefinitionId", "businessKey", "properties");
		require(GetTaskFormCmd.class, "taskId");
		require(GetTaskFormModelCmd.class, "taskId", "ignoreVariables");
		require(GetStartFormCmd.class, "processDefinitionId");
		require(SaveUserCmd.class, "user");
		require(UpdateUserPasswordCmd.class, "user");
	}

	/** What the command does with a form or a task's values, else null. */
	public FormCommand formCommand() {
		if (this.command instanceof CompleteTaskCmd) {
			return completion(null);
		}
		if (this.command instanceof CompleteTaskWithFormCmd) {
			return completion(string("outcome"));
		}
		if (this.command instanceof SubmitTaskFormCmd) {
			return new TaskFormSubmission(string("taskId"), map("properties"), bool("completeTask"));
		}
		if (this.command instanceof SubmitStartFormCmd) {
			return new StartFormSubmission(string("processDefinitionId"), string("businessKey"), map("properties"));
		}
		if (this.command instanceof GetTaskFormCmd) {
			return new TaskFormRead(string("taskId"));
		}
		if (this.command instanceof GetTaskFormModelCmd) {
			return new TaskFormModelRead(string("taskId"), bool("ignoreVariables"));
		}
		if (this.command instanceof GetStartFormCmd) {
			return new StartFormRead(string("processDefinitionId"));
		}
		return null;
	}

	private TaskCompletion completion(String outcome) {
		return new TaskCompletion(string("taskId"), string("userId"), outcome, map("variables"), map("variablesLocal"),
				map("transientVariables"), map("transientVariablesLocal"));
	}

	/**
	 * The task a completion or a form submission (completing or not) writes, else null.
	 */
	public String writtenTaskId() {
		if (this.command instanceof CompleteTaskCmd || this.command instanceof CompleteTaskWithFormCmd
				|| this.command instanceof SubmitTaskFormCmd) {
			return string("taskId");
		}
		return null;
	}

	/**
	 * Whether the command closes a task: a completion, or a form submission that
	 * completes.
	 */
	public boolean completesTask() {
		return this.command instanceof CompleteTaskCmd || this.command instanceof CompleteTaskWithFormCmd
				|| (this.command instanceof SubmitTaskFormCmd && bool("completeTask"));
	}

	/** The user an IDM command saves (new or changed), else null. */
	public User savedUser() {
		return (this.command instanceof SaveUserCmd) ? (User) read(this.command, "user") : null;
	}

	/** The user whose password an IDM command changes, else null. */
	public User userWithNewPassword() {
		return (this.command instanceof UpdateUserPasswordCmd) ? (User) read(this.command, "user") : null;
	}

	/**
	 * Queries and the commands that only create or read them ({@code CreateUserQueryCmd},
	 * {@code GetUserInfoCmd}); anything else may change something.
	 */
	public boolean onlyReads() {
		String name = this.command.getClass().getSimpleName();
		return this.command instanceof AbstractQuery<?, ?> || this.command instanceof AbstractNativeQuery<?, ?>
				|| (name.startsWith("Create") && name.endsWith("QueryCmd")) || name.startsWith("Get");
	}

	/**
	 * The names of the variables the command carries in: process starts, task
	 * completions, form submissions, messages, signals, triggers, variable writes on
	 * tasks and executions, activity moves. Commands keep their variables in fields named
	 * {@code *variables*}, {@code payload} or {@code properties} (some inside a builder),
	 * so these fields are read instead of listing every command, and a command added in a
	 * later Flowable version is covered as well.
	 */
	public List<Object> variableNames() {
		List<Object> names = new ArrayList<>();
		collectVariableNames(this.command, true, names);
		return names;
	}

	/**
	 * A completion of the task as this user with these values, each map as Flowable's.
	 */
	public static EngineCommand completeTask(String taskId, String userId, Map<String, Object> variables,
			Map<String, Object> variablesLocal, Map<String, Object> transientVariables,
			Map<String, Object> transientVariablesLocal) {
		return new EngineCommand(new CompleteTaskCmd(taskId, userId, variables, variablesLocal, transientVariables,
				transientVariablesLocal));
	}

	/** A completion of the task with these process variables. */
	public static EngineCommand completeTask(String taskId, Map<String, Object> variables) {
		return new EngineCommand(new CompleteTaskCmd(taskId, variables));
	}

	/** Sets these variables from the task's scope, as a form saved without completing. */
	public static EngineCommand setTaskVariables(String taskId, Map<String, Object> variables) {
		return new EngineCommand(new SetTaskVariablesCmd(taskId, variables, false));
	}

	/** Starts the process definition with these variables. */
	public static EngineCommand startProcess(String processDefinitionId, String businessKey,
			Map<String, Object> variables) {
		return new EngineCommand(
				new StartProcessInstanceCmd<>(null, processDefinitionId, businessKey, variables, null));
	}

	/** What a command does with a form or a task's values. */
	public sealed interface FormCommand permits TaskCompletion, TaskFormSubmission, StartFormSubmission, TaskFormRead,
			TaskFormModelRead, StartFormRead {

	}

	/**
	 * {@code TaskService.complete} (no outcome) or {@code completeTaskWithForm}; each map
	 * may be null.
	 */
	public record TaskCompletion(String taskId, String userId, String outcome, Map<String, Object> variables,
			Map<String, Object> variablesLocal, Map<String, Object> transientVariables,
			Map<String, Object> transientVariablesLocal) implements FormCommand {
	}

	/** {@code FormService.submitTaskFormData} or {@code saveFormData}: text values. */
	public record TaskFormSubmission(String taskId, Map<String, Object> properties,
			boolean completesTask) implements FormCommand {
	}

	/** {@code FormService.submitStartFormData}: text values. */
	public record StartFormSubmission(String processDefinitionId, String businessKey,
			Map<String, Object> properties) implements FormCommand {
	}

	/** {@code FormService.getTaskFormData}. */
	public record TaskFormRead(String taskId) implements FormCommand {
	}

	/** {@code TaskService.getTaskFormModel}. */
	public record TaskFormModelRead(String taskId, boolean ignoreVariables) implements FormCommand {
	}

	/** {@code FormService.getStartFormData}. */
	public record StartFormRead(String processDefinitionId) implements FormCommand {
	}

	private String string(String name) {
		return (String) read(this.command, name);
	}

	private boolean bool(String name) {
		return Boolean.TRUE.equals(read(this.command, name));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(String name) {
		return (Map<String, Object>) read(this.command, name);
	}

	static void require(Class<?> command, String... names) {
		for (String name : names) {
			if (ReflectionUtils.findField(command, name) == null) {
				throw new IllegalStateException(command.getName() + " has no field '" + name
						+ "': the product does not fit this Flowable version");
			}
		}
	}

	private static Object read(Object command, String name) {
		Field field = ReflectionUtils.findField(command.getClass(), name);
		if (field == null) {
			throw new IllegalStateException(command.getClass().getName() + " has no field '" + name + "'");
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, command);
	}

	private static void collectVariableNames(Object holder, boolean descend, List<Object> names) {
		for (Field field : VARIABLE_FIELDS.get(holder.getClass())) {
			Object value = ReflectionUtils.getField(field, holder);
			if (value instanceof Map<?, ?> variables && PER_ACTIVITY.equals(field.getName())) {
				variables.values().forEach((local) -> {
					if (local != null) {
						names.addAll(((Map<?, ?>) local).keySet());
					}
				});
			}
			else if (value instanceof Map<?, ?> variables) {
				names.addAll(variables.keySet());
			}
			else if (value != null && descend) {
				collectVariableNames(value, false, names);
			}
		}
	}

	private static List<Field> variableFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		ReflectionUtils.doWithFields(type, (field) -> {
			ReflectionUtils.makeAccessible(field);
			fields.add(field);
		}, (field) -> !Modifier.isStatic(field.getModifiers()) && carriesVariables(field));
		return List.copyOf(fields);
	}

	private static boolean carriesVariables(Field field) {
		String name = field.getName().toLowerCase(Locale.ROOT);
		if (Map.class.isAssignableFrom(field.getType())) {
			return name.contains("variables") || name.equals("payload") || name.equals("properties");
		}
		return name.endsWith("builder") && field.getType().getName().startsWith("org.flowable.");
	}

}
