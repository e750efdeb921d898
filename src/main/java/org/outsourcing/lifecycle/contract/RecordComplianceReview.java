package org.outsourcing.lifecycle.contract;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/** Legal's verdict on the statements; a rejection ends this candidate's offer. */
@Component("recordComplianceReview")
class RecordComplianceReview implements JavaDelegate {

	private final Contracts contracts;

	RecordComplianceReview(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long offerId = Long.parseLong(Variables.requiredText(execution, ContractVariables.OFFER_ID));
		boolean approved = "approve".equals(execution.getVariable(ContractVariables.REVIEW_STATEMENTS_OUTCOME));
		String note = Variables.text(execution, ContractVariables.REVIEW_NOTE);
		this.contracts.reviewStatements(offerId, approved, CurrentUser.actorId(), note);
		if (!approved) {
			this.contracts.close(offerId, OfferStatus.STATEMENTS_REJECTED,
					"Compliance statements not accepted" + ((note != null) ? ": " + note : ""));
		}
		execution.setVariable(ContractVariables.STATEMENTS_APPROVED, approved);
	}

}
