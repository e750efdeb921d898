package org.outsourcing.lifecycle.core.engine;

import java.util.List;
import java.util.function.Supplier;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.common.engine.impl.persistence.entity.Entity;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.impl.util.TaskHelper;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * The engine command running in this thread (a task completion, a job, a deployment), as
 * listeners that run inside it see it: what it keeps for the rest of the command, work
 * left for its end, the entities it has loaded or written so far but not yet flushed, the
 * tasks and executions as it holds them (with the variables written so far), a claim of a
 * task, and the deployed process definitions from the engine's cache. Flowable has no
 * public API for these inside a command; this adapter alone uses its internal command
 * context ({@code CurrentCommandTest} runs each method in a real command).
 */
public final class CurrentCommand {

	private CurrentCommand() {
	}

	/** What the command keeps under this name, created on first use. */
	@SuppressWarnings("unchecked")
	public static <T> T attribute(String name, Supplier<T> create) {
		CommandContext command = Context.getCommandContext();
		Object value = command.getAttribute(name);
		if (value == null) {
			value = create.get();
			command.addAttribute(name, value);
		}
		return (T) value;
	}

	/**
	 * Runs the work when the command closes, before its changes are flushed, so that what
	 * it writes is part of the same transaction.
	 */
	public static void beforeClosing(Runnable work) {
		Context.getCommandContext().addCloseListener(new BeforeClosing(work));
	}

	/** The entities of this type the command holds, written in it but not flushed too. */
	public static <T> List<T> cached(Class<T> type) {
		return Context.getCommandContext().getSession(EntityCache.class).findInCache(type);
	}

	/**
	 * The task as this command holds it, or null when there is none (completed, deleted
	 * or never created). The engine's task is a {@link org.flowable.task.api.Task} too.
	 */
	public static DelegateTask task(String taskId) {
		return CommandContextUtil.getTaskService(Context.getCommandContext()).getTask(taskId);
	}

	/** The execution as this command holds it, or null. */
	public static DelegateExecution execution(String executionId) {
		return CommandContextUtil.getExecutionEntityManager(Context.getCommandContext()).findById(executionId);
	}

	/**
	 * Makes the user the task's assignee in this command as a claim does: the assignment
	 * event, the history and the assignee's identity link with it.
	 */
	public static void claim(DelegateTask task, String userId) {
		TaskHelper.changeTaskAssignee((TaskEntity) task, userId);
	}

	/**
	 * Whether this command writes the entity (a task, an execution) for the first time.
	 */
	public static boolean creates(Object entity) {
		return entity instanceof Entity written && written.isInserted();
	}

	/** The deployed process definition with this id. */
	public static ProcessDefinition processDefinition(String processDefinitionId) {
		return ProcessDefinitionUtil.getProcessDefinition(processDefinitionId);
	}

	/** The BPMN model of the deployed process definition with this id. */
	public static BpmnModel bpmnModel(String processDefinitionId) {
		return ProcessDefinitionUtil.getBpmnModel(processDefinitionId);
	}

	/** The process of the deployed process definition with this id. */
	public static Process process(String processDefinitionId) {
		return ProcessDefinitionUtil.getProcess(processDefinitionId);
	}

	private record BeforeClosing(Runnable work) implements CommandContextCloseListener {

		@Override
		public void closing(CommandContext commandContext) {
			this.work.run();
		}

		@Override
		public void afterSessionsFlush(CommandContext commandContext) {
		}

		@Override
		public void closed(CommandContext commandContext) {
		}

		@Override
		public void closeFailure(CommandContext commandContext) {
		}

		@Override
		public Integer order() {
			return 0;
		}

		@Override
		public boolean multipleAllowed() {
			return true;
		}

	}

}
