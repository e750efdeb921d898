package org.outsourcing.lifecycle.forms;

import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.cmd.CompleteTaskWithFormCmd;
import org.flowable.engine.impl.cmd.SubmitTaskFormCmd;

/**
 * Turns the loser of two simultaneous completions into a conflict. Depending on the
 * moment it loses, Flowable reports an optimistic-locking failure, a task it cannot find,
 * or "UserTask should not be signalled before complete" (it read the task before the
 * winner committed and the execution after). Whatever it says: when the task is closed
 * now, the caller lost a race, and learns that ({@link TaskConflicts}). It wraps the
 * whole command, transaction included, so it sees what the winner committed.
 */
class TaskConflictInterceptor extends AbstractCommandInterceptor {

	private final Supplier<TaskConflicts> conflicts;

	/** The rule's services come from the engine this interceptor is part of: later. */
	TaskConflictInterceptor(Supplier<TaskConflicts> conflicts) {
		this.conflicts = conflicts;
	}

	@Override
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		try {
			return this.next.execute(config, command, commandExecutor);
		}
		catch (TaskAlreadyCompletedException | FlowableIllegalArgumentException ex) {
			throw ex;
		}
		catch (FlowableException ex) {
			String taskId = writtenTaskId(command);
			if (taskId == null) {
				throw ex;
			}
			TaskAlreadyCompletedException conflict = this.conflicts.get().closed(taskId).orElseThrow(() -> ex);
			conflict.initCause(ex);
			throw conflict;
		}
	}

	/** The task a completion or form submission writes, else {@code null}. */
	private static String writtenTaskId(Command<?> command) {
		if (command instanceof CompleteTaskCmd || command instanceof CompleteTaskWithFormCmd
				|| command instanceof SubmitTaskFormCmd) {
			return CommandFields.string(command, "taskId");
		}
		return null;
	}

}
