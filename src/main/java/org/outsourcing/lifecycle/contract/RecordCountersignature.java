package org.outsourcing.lifecycle.contract;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.config.Actors;
import org.outsourcing.lifecycle.config.Variables;
import org.outsourcing.lifecycle.engagement.EngagementStatus;
import org.outsourcing.lifecycle.engagement.EngagementVariables;
import org.outsourcing.lifecycle.engagement.Engagements;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The owner signs for the company: the contract is in force and the engagement active.
 */
@Component("recordCountersignature")
class RecordCountersignature implements JavaDelegate {

	private final Contracts contracts;

	private final Engagements engagements;

	private final Notifications notifications;

	RecordCountersignature(Contracts contracts, Engagements engagements, Notifications notifications) {
		this.contracts = contracts;
		this.engagements = engagements;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long offerId = Long.parseLong(Variables.requiredText(execution, ContractVariables.OFFER_ID));
		this.contracts.countersign(offerId, Actors.current());
		String contractor = Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID);
		String engagementId = EngagementVariables.engagementId(execution);
		this.engagements.progress(engagementId, EngagementStatus.ACTIVE, "Contract signed with " + contractor);
		execution.setVariable(ContractVariables.CONTRACT_OUTCOME, "signed");
		this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
			.toUser(contractor)
			.send("Your contract is signed", "The company countersigned your contract; IT will give you access next.");
	}

}
