package org.outsourcing.lifecycle.recruitment;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Records the reference check the owner asked for before the offer, in words the
 * countersignature shows ({@code referenceCheck}); references that raise concerns go to
 * the owner at once, who may still refuse to countersign.
 */
@Component("recordReferenceCheck")
class RecordReferenceCheck implements JavaDelegate {

	private final Notifications notifications;

	RecordReferenceCheck(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean concerns = "concerns".equals(execution.getVariable(RecruitmentVariables.CHECK_REFERENCES_OUTCOME));
		String findings = Variables.requiredText(execution, RecruitmentVariables.REFERENCE_FINDINGS);
		String summary = (concerns ? "Concerns" : "Positive") + ". Contacted: "
				+ Variables.requiredText(execution, RecruitmentVariables.REFERENCES_CONTACTED) + ". They said: "
				+ findings;
		execution.setVariable(RecruitmentVariables.REFERENCE_CHECK, summary);
		if (concerns) {
			this.notifications
				.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
						NotificationKind.ACTION_REQUIRED)
				.toGroup(Groups.OWNER)
				.send("The references of " + Variables.text(execution, RecruitmentVariables.CONTRACTOR_USER_ID)
						+ " raise concerns",
						findings + "\n\nThe contract goes ahead as drafted; you may refuse to countersign it.");
		}
	}

}
