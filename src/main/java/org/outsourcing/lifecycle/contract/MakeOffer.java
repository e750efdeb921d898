package org.outsourcing.lifecycle.contract;

import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * Offers the contract to the candidate in line. The offer expires after
 * {@code offerExpiry}: one date for the statements and the signature alike.
 */
@Component("makeOffer")
class MakeOffer implements JavaDelegate {

	private final Contracts contracts;

	private final Deadlines deadlines;

	private final EngineTime time;

	private final Notifications notifications;

	MakeOffer(Contracts contracts, Deadlines deadlines, EngineTime time, Notifications notifications) {
		this.contracts = contracts;
		this.deadlines = deadlines;
		this.time = time;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String candidate = Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID);
		Instant expiresAt = this.deadlines.due(execution, ContractVariables.OFFER_EXPIRY, this.time.now());
		ContractOffer offer = this.contracts.offer(EngagementVariables.engagementId(execution), candidate, expiresAt);
		execution.setVariable(ContractVariables.OFFER_ID, String.valueOf(offer.id()));
		execution.setVariable(ContractVariables.OFFER_EXPIRES_AT, expiresAt.toString());
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(candidate)
			.send("Your contract for '" + execution.getVariable(EngagementVariables.TITLE) + "' is ready",
					"Please read and sign it before " + expiresAt + "; after that the offer expires.");
	}

}
