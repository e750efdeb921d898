package org.outsourcing.lifecycle.engagement;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * The compliance statements the outsourcing policy requires of the contractor, in the
 * words the ad and the screening show: known up front, a candidate who cannot make them
 * drops out before an offer uses up the round.
 */
@Component("complianceNeeds")
public class ComplianceNeeds {

	/** The statements in words, or null when the data needs none. */
	public String describe(VariableContainer execution) {
		List<String> statements = new ArrayList<>();
		if (Boolean.TRUE.equals(execution.getVariable(EngagementVariables.PCI_DSS_REQUIRED))) {
			statements.add("PCI DSS (payment-card data)");
		}
		if (Boolean.TRUE.equals(execution.getVariable(EngagementVariables.HIPAA_REQUIRED))) {
			statements.add("HIPAA (health and benefits data)");
		}
		if (Boolean.TRUE.equals(execution.getVariable(EngagementVariables.ISO_27002_REQUIRED))) {
			statements.add("ISO 27002 (information security controls)");
		}
		return statements.isEmpty() ? null
				: "The contractor signs compliance statements for " + String.join(", ", statements) + ".";
	}

}
