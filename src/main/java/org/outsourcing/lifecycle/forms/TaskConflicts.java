package org.outsourcing.lifecycle.forms;

import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.history.HistoricTaskInstance;

import org.springframework.stereotype.Component;

/**
 * The rule "a task someone else completed answers 409": a task that was open and is
 * closed now (another completion or a deadline was first) is a conflict the caller can
 * act on (reload), never "not found" like an id that never was a task. The engine's
 * completion commands ({@link TaskConflictInterceptor}), the product's form API
 * ({@link TaskForms}) and the REST error answers all ask here, and say it in the same
 * words.
 */
@Component
public class TaskConflicts {

	private final TaskService tasks;

	private final HistoryService history;

	TaskConflicts(TaskService tasks, HistoryService history) {
		this.tasks = tasks;
		this.history = history;
	}

	/**
	 * The conflict to answer for this task: present when it is closed now, empty when it
	 * is open or never was a task.
	 */
	public Optional<TaskAlreadyCompletedException> closed(String taskId) {
		if (taskId == null || this.tasks.createTaskQuery().taskId(taskId).count() > 0) {
			return Optional.empty();
		}
		HistoricTaskInstance closed = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		return Optional.ofNullable(closed).map((task) -> new TaskAlreadyCompletedException(closedMessage(task)));
	}

	private static String closedMessage(HistoricTaskInstance task) {
		String what = "Task " + task.getId() + " ('" + task.getName() + "')";
		if (task.getDeleteReason() == null) {
			return what + " was already completed" + ((task.getAssignee() != null) ? " by " + task.getAssignee() : "")
					+ " at " + task.getEndTime().toInstant() + "; reload the task list";
		}
		return what + " is no longer open (" + task.getDeleteReason() + ", at " + task.getEndTime().toInstant()
				+ "); reload the task list";
	}

}
