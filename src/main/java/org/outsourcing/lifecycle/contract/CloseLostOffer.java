package org.outsourcing.lifecycle.contract;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * The offer was lost (expired, declined, its statements not accepted, or the owner
 * refused to countersign): it is closed, and the model asks the owner for the next
 * candidate only while someone is left in line. Nobody is offered the work without the
 * owner choosing them.
 */
@Component("closeLostOffer")
class CloseLostOffer implements JavaDelegate {

	private final Contracts contracts;

	private final Notifications notifications;

	CloseLostOffer(Contracts contracts, Notifications notifications) {
		this.contracts = contracts;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long offerId = Long.parseLong(Variables.requiredText(execution, ContractVariables.OFFER_ID));
		ContractOffer offer = this.contracts.offer(offerId);
		if (this.contracts.close(offerId, OfferStatus.EXPIRED, "Not signed before " + offer.expiresAt())) {
			this.notifications
				.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
						NotificationKind.INFORMATION)
				.toUser(offer.candidateUserId())
				.send("Your offer expired", "The offer was not signed before " + offer.expiresAt()
						+ " and has expired; thank you for your interest.");
		}
		boolean candidateLeft = !CandidatesInLine.of(execution).isEmpty();
		execution.setVariable(ContractVariables.CANDIDATE_LEFT, candidateLeft);
		if (!candidateLeft) {
			execution.setVariable(ContractVariables.CONTRACT_OUTCOME, "noCandidateLeft");
		}
	}

}
