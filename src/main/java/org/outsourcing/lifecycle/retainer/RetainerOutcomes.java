package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Service;

/**
 * Every way the retainer stage ends goes through here: the retainer row is closed with
 * its reason, the stage's outcome is set for the lifecycle to decide on, and the
 * engagement says why. The engagement stays active: offboarding moves it on.
 */
@Service
class RetainerOutcomes {

	private final Retainers retainers;

	private final Engagements engagements;

	private final Notifications notifications;

	RetainerOutcomes(Retainers retainers, Engagements engagements, Notifications notifications) {
		this.retainers = retainers;
		this.engagements = engagements;
		this.notifications = notifications;
	}

	/** The retainer this stage started, if the contractor accepted it. */
	Retainer retainerOf(DelegateExecution execution) {
		Object id = execution.getVariable(RetainerVariables.RETAINER_ID);
		return (id != null) ? this.retainers.get(id) : null;
	}

	void ended(DelegateExecution execution, String outcome, String reason) {
		Retainer retainer = retainerOf(execution);
		if (retainer != null && retainer.active()) {
			this.retainers.end(retainer.id(), reason);
		}
		execution.setVariable(RetainerVariables.RETAINER_OUTCOME, outcome);
		this.engagements.progress(EngagementVariables.engagementId(execution), EngagementStatus.ACTIVE,
				"Retainer " + outcome + ": " + reason);
	}

	void tell(DelegateExecution execution, String user, NotificationKind kind, String subject, String body) {
		this.notifications.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(), kind)
			.toUser(user)
			.send(subject, body);
	}

	void tellGroup(DelegateExecution execution, String group, NotificationKind kind, String subject, String body) {
		this.notifications.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(), kind)
			.toGroup(group)
			.send(subject, body);
	}

	static String title(DelegateExecution execution) {
		Object title = execution.getVariable(EngagementVariables.TITLE);
		return (title != null) ? title.toString() : "the engagement";
	}

	static String contractor(DelegateExecution execution) {
		return (String) execution.getVariable(RetainerVariables.CONTRACTOR_USER_ID);
	}

}
