package org.outsourcing.lifecycle.contract;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * Keeps the candidate's statement for each standard the data requires; each is mandatory.
 */
@Component("recordComplianceStatements")
class RecordComplianceStatements implements JavaDelegate {

	private final Contracts contracts;

	private final ComplianceStatements statements;

	RecordComplianceStatements(Contracts contracts, ComplianceStatements statements) {
		this.contracts = contracts;
		this.statements = statements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long offerId = Long.parseLong(Variables.requiredText(execution, ContractVariables.OFFER_ID));
		List<String> missing = new ArrayList<>();
		for (ComplianceStatements.Standard standard : this.statements.required(execution)) {
			String statement = Variables.text(execution, standard.field());
			if (statement == null) {
				missing.add(standard.field() + ": a statement of " + standard.name() + " compliance is required");
			}
			else {
				this.contracts.statement(offerId, standard.name(), statement);
			}
		}
		if (!missing.isEmpty()) {
			throw new FlowableIllegalArgumentException(String.join("; ", missing));
		}
		// kept in the contract records; the next candidate in line must not read them
		execution.removeVariables(List.of(ContractVariables.PCI_DSS_STATEMENT, ContractVariables.HIPAA_STATEMENT,
				ContractVariables.ISO_27002_STATEMENT));
	}

}
