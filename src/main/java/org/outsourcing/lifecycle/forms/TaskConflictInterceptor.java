package org.outsourcing.lifecycle.forms;

import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.outsourcing.lifecycle.core.engine.EngineCommand;

/**
 * Turns the loser of two simultaneous completions into a conflict. Depending on the
 * moment it loses, Flowable reports an optimistic-locking failure, a task it cannot find,
 * or "UserTask should not be signalled before complete" (it read the task before the
 * winner committed and the execution after). Whatever it says: when the task is closed
 * now, the caller lost a race, and learns that ({@link TaskConflicts}). It wraps the
 * whole command, transaction included, so it sees what the winner committed.
 */
class TaskConflictInterceptor implements CommandSteps.Step {

	private final Supplier<TaskConflicts> conflicts;

	/** The rule's services come from the engine this interceptor is part of: later. */
	TaskConflictInterceptor(Supplier<TaskConflicts> conflicts) {
		this.conflicts = conflicts;
	}

	@Override
	public Object around(EngineCommand command, CommandSteps.Next next) {
		try {
			return next.run(command);
		}
		catch (TaskAlreadyCompletedException | FlowableIllegalArgumentException ex) {
			throw ex;
		}
		catch (FlowableException ex) {
			String taskId = command.writtenTaskId();
			if (taskId == null) {
				throw ex;
			}
			TaskAlreadyCompletedException conflict = this.conflicts.get().closed(taskId).orElseThrow(() -> ex);
			conflict.initCause(ex);
			throw conflict;
		}
	}

}
