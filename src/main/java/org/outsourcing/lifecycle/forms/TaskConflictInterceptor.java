package org.outsourcing.lifecycle.forms;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.cmd.CompleteTaskWithFormCmd;
import org.flowable.engine.impl.cmd.SubmitTaskFormCmd;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.HistoricTaskInstanceEntity;

/**
 * Turns the loser of two simultaneous completions into a conflict. Depending on the
 * moment it loses, Flowable reports an optimistic-locking failure, a task it cannot find,
 * or "UserTask should not be signalled before complete" (it read the task before the
 * winner committed and the execution after). Whatever it says: when the task is closed
 * now, the caller lost a race, and learns that.
 */
class TaskConflictInterceptor extends AbstractCommandInterceptor {

	@Override
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		try {
			return this.next.execute(config, command, commandExecutor);
		}
		catch (TaskAlreadyCompletedException | FlowableIllegalArgumentException ex) {
			throw ex;
		}
		catch (FlowableException ex) {
			String taskId = completedTaskId(command);
			if (taskId == null) {
				throw ex;
			}
			HistoricTaskInstanceEntity closed = commandExecutor.execute((context) -> {
				if (CommandContextUtil.getTaskService(context).getTask(taskId) != null) {
					return null;
				}
				HistoricTaskInstanceEntity task = CommandContextUtil.getHistoricTaskService(context)
					.getHistoricTask(taskId);
				return (task != null && task.getEndTime() != null) ? task : null;
			});
			if (closed == null) {
				throw ex;
			}
			TaskAlreadyCompletedException conflict = new TaskAlreadyCompletedException(
					TaskConflicts.closedMessage(closed));
			conflict.initCause(ex);
			throw conflict;
		}
	}

	private static String completedTaskId(Command<?> command) {
		if (command instanceof CompleteTaskCmd || command instanceof CompleteTaskWithFormCmd
				|| (command instanceof SubmitTaskFormCmd && CommandFields.bool(command, "completeTask"))) {
			return CommandFields.string(command, "taskId");
		}
		return null;
	}

}
