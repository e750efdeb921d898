package org.outsourcing.lifecycle.forms;

import org.flowable.task.api.history.HistoricTaskInstance;

/** The words for a task that is no longer open, the same on every interface. */
public final class TaskConflicts {

	private TaskConflicts() {
	}

	public static String closedMessage(HistoricTaskInstance task) {
		String what = "Task " + task.getId() + " ('" + task.getName() + "')";
		if (task.getDeleteReason() == null) {
			return what + " was already completed" + ((task.getAssignee() != null) ? " by " + task.getAssignee() : "")
					+ " at " + task.getEndTime().toInstant() + "; reload the task list";
		}
		return what + " is no longer open (" + task.getDeleteReason() + ", at " + task.getEndTime().toInstant()
				+ "); reload the task list";
	}

}
