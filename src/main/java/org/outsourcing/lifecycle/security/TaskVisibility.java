package org.outsourcing.lifecycle.security;

import java.util.Optional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The task rules of {@code /process-api} for the product's own API and UI: a user acts
 * only on open tasks they are involved in now (assigned or candidate), and any other task
 * answers "no such task", whether it exists or not. Having been involved once (history)
 * lets a user learn that a closed task is closed, never act on an open one.
 */
@Component
public class TaskVisibility {

	private final ProcessVisibility visibility;

	private final TaskService tasks;

	private final TaskAssignees assignees;

	TaskVisibility(ProcessVisibility visibility, TaskService tasks, TaskAssignees assignees) {
		this.visibility = visibility;
		this.tasks = tasks;
		this.assignees = assignees;
	}

	/**
	 * @throws FlowableObjectNotFoundException when the signed-in user may not see the
	 * task
	 */
	public void requireVisible(String taskId) {
		Optional<CurrentUser> caller = CurrentUser.signedIn();
		if (caller.isEmpty()) {
			// not a request of a person: the engine's own callers are trusted
			return;
		}
		CurrentUser user = caller.get();
		if (ProcessVisibility.seesEverything(user)) {
			return;
		}
		Task open = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (open != null && this.assignees.mayActOn(open, user.id())) {
			return;
		}
		// closed, perhaps a moment ago by a simultaneous completion: who took part learns
		// that it is closed (409), nobody else that it existed
		boolean closed = this.tasks.createTaskQuery().taskId(taskId).count() == 0;
		if (!closed || !this.visibility.canSeeHistoricTask(user, taskId)) {
			throw new FlowableObjectNotFoundException("There is no task '" + taskId + "'", Task.class);
		}
	}

	/**
	 * Whether the signed-in user is only an applicant or contractor, and so sees only
	 * shared data.
	 */
	public boolean contractorOnly() {
		return CurrentUser.signedIn().map(CurrentUser::isContractor).orElse(false);
	}

}
