package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/** Recruitment gave up: nobody applied, or every round ended without a hire. */
@Component("cancelEngagement")
class CancelEngagement implements JavaDelegate {

	private final Engagements engagements;

	private final Notifications notifications;

	CancelEngagement(Engagements engagements, Notifications notifications) {
		this.engagements = engagements;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// startNewRound counted the round that was not started
		Integer round = Variables.integer(execution, EngagementVariables.RECRUITMENT_ROUND);
		String reason = "applications".equals(execution.getVariable(EngagementVariables.AD_OUTCOME))
				? "No hire after " + ((round != null) ? round - 1 : 1) + " recruitment rounds"
				: "Nobody applied, also after the reposts";
		String engagementId = EngagementVariables.engagementId(execution);
		this.engagements.progress(engagementId, EngagementStatus.CANCELLED, reason);
		this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
			.toGroup("owner")
			.send("'" + execution.getVariable(EngagementVariables.TITLE) + "' is cancelled", reason);
	}

}
