package org.outsourcing.lifecycle.contract;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The owner signs for the company: the contract is in force and the engagement active. Or
 * the owner refuses, with a reason: the offer is lost like a declined one.
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
		String contractor = Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID);
		String engagementId = EngagementVariables.engagementId(execution);
		if ("refuse".equals(execution.getVariable(ContractVariables.COUNTERSIGN_OUTCOME))) {
			String reason = Variables.text(execution, ContractVariables.COUNTERSIGN_NOTE);
			if (reason == null || reason.isBlank()) {
				throw new FlowableIllegalArgumentException(ContractVariables.COUNTERSIGN_NOTE
						+ ": say why you refuse to countersign; the candidate is told");
			}
			this.contracts.refuseCountersignature(offerId, CurrentUser.actorId(), reason);
			execution.setVariable(ContractVariables.COUNTERSIGNED, false);
			this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
				.toUser(contractor)
				.send("The company does not countersign your contract",
						"The company decided not to put the contract in force: " + reason);
			return;
		}
		this.contracts.countersign(offerId, CurrentUser.actorId());
		execution.setVariable(ContractVariables.COUNTERSIGNED, true);
		this.engagements.progress(engagementId, EngagementStatus.ACTIVE, "Contract signed with " + contractor);
		execution.setVariable(ContractVariables.CONTRACT_OUTCOME, "signed");
		this.notifications.about(engagementId, execution.getProcessInstanceId(), NotificationKind.INFORMATION)
			.toUser(contractor)
			.send("Your contract is signed", "The company countersigned your contract; IT will give you access next.");
	}

}
