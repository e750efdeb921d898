package org.outsourcing.lifecycle.engagement;

import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The owner withdrew the engagement: the stage that ran has ended with the event
 * sub-process; this records why (also in the audit trail), tells the company and the
 * contractor, and lets each feature close what it holds ({@link EngagementWithdrawn}).
 */
@Component("recordEngagementWithdrawal")
class RecordEngagementWithdrawal implements JavaDelegate {

	private final Engagements engagements;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	RecordEngagementWithdrawal(Engagements engagements, Notifications notifications, ApplicationEventPublisher events,
			AuditTrail audit) {
		this.audit = audit;
		this.engagements = engagements;
		this.notifications = notifications;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		String reason = Variables.requiredText(execution, EngagementVariables.WITHDRAWAL_REASON);
		String by = Variables.requiredText(execution, EngagementVariables.WITHDRAWN_BY);
		String why = "Withdrawn by " + by + ": " + reason;
		this.engagements.progress(engagementId, EngagementStatus.WITHDRAWN, why);
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.ENGAGEMENT_WITHDRAWN, CurrentUser.actorIdOr(by),
				execution.getProcessInstanceId(), Map.of("reason", reason, "withdrawnBy", by)));
		String subject = "'" + execution.getVariable(EngagementVariables.TITLE) + "' is withdrawn";
		this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
			.toGroup("owner")
			.send(subject, why);
		String contractor = Variables.text(execution, EngagementVariables.CONTRACTOR_USER_ID);
		if (contractor != null) {
			this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
				.toUser(contractor)
				.send(subject, "The company ended this engagement: " + reason
						+ ". Your access is revoked; the confidentiality you agreed to still binds.");
		}
		this.events.publishEvent(new EngagementWithdrawn(engagementId, reason, by));
	}

}
