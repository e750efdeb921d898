package org.outsourcing.lifecycle.contract;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * The candidate signs, or declines. A signature needs the candidate's full name and their
 * explicit agreement, on customer-facing work their statement on client contact, and an
 * offer that has not expired.
 */
@Component("recordContractorSignature")
class RecordContractorSignature implements JavaDelegate {

	private final Contracts contracts;

	RecordContractorSignature(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long offerId = Long.parseLong(Variables.requiredText(execution, ContractVariables.OFFER_ID));
		if (!"sign".equals(execution.getVariable(ContractVariables.SIGN_CONTRACT_OUTCOME))) {
			this.contracts.close(offerId, OfferStatus.DECLINED, "Declined by the candidate");
			execution.setVariable(ContractVariables.OFFER_SIGNED, false);
			return;
		}
		if (!Variables.bool(execution, ContractVariables.AGREE_TO_TERMS)) {
			throw new FlowableIllegalArgumentException(
					ContractVariables.AGREE_TO_TERMS + ": tick it to agree to the terms before signing");
		}
		Boolean clientContactAccepted = null;
		if (Variables.bool(execution, ContractVariables.CLIENT_CONTACT_CLAUSE_REQUIRED)) {
			if (!Variables.bool(execution, ContractVariables.ACCEPT_CLIENT_CONTACT_CLAUSE)) {
				throw new FlowableIllegalArgumentException(ContractVariables.ACCEPT_CLIENT_CONTACT_CLAUSE
						+ ": the work is customer-facing; tick it to state that you reach the company's clients only "
						+ "through the company's channels and will not solicit them");
			}
			clientContactAccepted = true;
		}
		this.contracts.sign(offerId, Variables.requiredText(execution, ContractVariables.SIGNATURE_NAME),
				clientContactAccepted);
		execution
			.removeVariables(java.util.List.of(ContractVariables.SIGNATURE_NAME, ContractVariables.AGREE_TO_TERMS));
		execution.setVariable(ContractVariables.OFFER_SIGNED, true);
	}

}
