package org.outsourcing.lifecycle.contract;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * Keeps legal's draft. The company always keeps its work product and its data, and
 * everyone who works for it signs a confidentiality agreement (NDA) whose scope the data
 * decides, and customer-facing work carries a client-contact clause: a draft without them
 * is refused with the clause that is missing, and the task stays open.
 */
@Component("recordContractDraft")
class RecordContractDraft implements JavaDelegate {

	private final Contracts contracts;

	RecordContractDraft(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ContractTerms terms = new ContractTerms(Variables.bool(execution, ContractVariables.NDA_INCLUDED),
				Variables.bool(execution, ContractVariables.WORK_PRODUCT_TO_COMPANY),
				Variables.bool(execution, ContractVariables.COMPANY_OWNS_DATA),
				Variables.requiredText(execution, ContractVariables.PERFORMANCE_EXPECTATIONS),
				Variables.text(execution, ContractVariables.INCENTIVES),
				Variables.requiredText(execution, ContractVariables.CONTRACT_DELIVERABLES),
				Variables.requiredText(execution, ContractVariables.PAYMENT_TERMS),
				Variables.requiredDecimal(execution, ContractVariables.TRIAL_FEE),
				Variables.requiredText(execution, ContractVariables.CURRENCY),
				Variables.requiredText(execution, EngagementVariables.NDA_SCOPE),
				Variables.text(execution, ContractVariables.CLIENT_CONTACT_CLAUSE));
		if (!terms.workProductToCompany()) {
			throw new FlowableIllegalArgumentException(
					"workProductToCompany: the contract must state that the work product belongs to the company");
		}
		if (!terms.companyOwnsData()) {
			throw new FlowableIllegalArgumentException(
					"companyOwnsData: the contract must state that the company keeps control of its code and data");
		}
		if (!terms.ndaIncluded()) {
			throw new FlowableIllegalArgumentException("ndaIncluded: everyone who works for the company signs a "
					+ "confidentiality agreement (NDA); include it, covering " + terms.ndaScope());
		}
		if (Variables.bool(execution, ContractVariables.CLIENT_CONTACT_CLAUSE_REQUIRED)
				&& (terms.clientContactClause() == null || terms.clientContactClause().isBlank())) {
			throw new FlowableIllegalArgumentException(ContractVariables.CLIENT_CONTACT_CLAUSE
					+ ": the work is customer-facing, so the contract must say that the contractor reaches the "
					+ "company's clients only through the company's channels and does not solicit them");
		}
		if (terms.trialFee().compareTo(BigDecimal.ZERO) <= 0) {
			throw new FlowableIllegalArgumentException("trialFee: the trial task is paid; the fee must be above zero");
		}
		this.contracts.draft(EngagementVariables.engagementId(execution), terms, CurrentUser.actorId());
	}

}
