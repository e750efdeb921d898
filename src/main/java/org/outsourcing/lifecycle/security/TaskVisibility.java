package org.outsourcing.lifecycle.security;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.task.api.Task;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The task rules of {@code /process-api} for the product's own API and UI: a user reaches
 * only tasks they may see (assigned, candidate, or once involved), and any other task
 * answers "no such task", whether it exists or not.
 */
@Component
public class TaskVisibility {

	private final ProcessVisibility visibility;

	TaskVisibility(ProcessVisibility visibility) {
		this.visibility = visibility;
	}

	/**
	 * @throws FlowableObjectNotFoundException when the signed-in user may not see the
	 * task
	 */
	public void requireVisible(String taskId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			// not a request of a person: the engine's own callers are trusted
			return;
		}
		CurrentUser user = CurrentUser.of(authentication);
		if (!this.visibility.canSeeTask(user, taskId) && !this.visibility.canSeeHistoricTask(user, taskId)) {
			throw new FlowableObjectNotFoundException("There is no task '" + taskId + "'", Task.class);
		}
	}

	/**
	 * Whether the signed-in user is only an applicant or contractor, and so sees only
	 * shared data.
	 */
	public boolean contractorOnly() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& CurrentUser.of(authentication).isContractor();
	}

}
