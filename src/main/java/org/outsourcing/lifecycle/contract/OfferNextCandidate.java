package org.outsourcing.lifecycle.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.config.Variables;
import org.outsourcing.lifecycle.engagement.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The offer was lost (expired, declined, or its statements not accepted): it is closed,
 * and the next candidate of the interview ranking is in line, if any is left.
 */
@Component("offerNextCandidate")
class OfferNextCandidate implements JavaDelegate {

	private final Contracts contracts;

	private final Notifications notifications;

	OfferNextCandidate(Contracts contracts, Notifications notifications) {
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
		String ranking = Variables.text(execution, RecruitmentVariables.CANDIDATE_RANKING);
		List<String> next = new ArrayList<>((ranking != null) ? Arrays.asList(ranking.split(",")) : List.of());
		next.removeIf(String::isBlank);
		if (next.isEmpty()) {
			execution.setVariable(ContractVariables.CANDIDATE_LEFT, false);
			execution.setVariable(ContractVariables.CONTRACT_OUTCOME, "noCandidateLeft");
			return;
		}
		execution.setVariable(RecruitmentVariables.CONTRACTOR_USER_ID, next.remove(0).trim());
		execution.setVariable(RecruitmentVariables.CANDIDATE_RANKING, String.join(",", next));
		execution.setVariable(ContractVariables.CANDIDATE_LEFT, true);
	}

}
