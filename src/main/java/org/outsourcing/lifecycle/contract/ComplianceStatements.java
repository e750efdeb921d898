package org.outsourcing.lifecycle.contract;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * Which compliance statements a candidate must make, as stage 0's data-protection
 * decision required them: PCI DSS for payment-card data, HIPAA for health data, ISO 27002
 * for any sensitive data.
 */
@Component("complianceStatements")
public class ComplianceStatements {

	/** The standards required, each with the form field that holds its statement. */
	public List<Standard> required(VariableContainer execution) {
		List<Standard> required = new ArrayList<>();
		if (Variables.bool(execution, EngagementVariables.PCI_DSS_REQUIRED)) {
			required.add(new Standard("PCI DSS", ContractVariables.PCI_DSS_STATEMENT));
		}
		if (Variables.bool(execution, EngagementVariables.HIPAA_REQUIRED)) {
			required.add(new Standard("HIPAA", ContractVariables.HIPAA_STATEMENT));
		}
		if (Variables.bool(execution, EngagementVariables.ISO_27002_REQUIRED)) {
			required.add(new Standard("ISO 27002", ContractVariables.ISO_27002_STATEMENT));
		}
		return required;
	}

	public boolean anyRequired(VariableContainer execution) {
		return !required(execution).isEmpty();
	}

	/** "PCI DSS, ISO 27002", for the candidate's form. */
	public String summary(VariableContainer execution) {
		return String.join(", ", required(execution).stream().map(Standard::name).toList());
	}

	public record Standard(String name, String field) {
	}

}
