package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.util.Map;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * The owner's budget in words ("USD 30.00 to 45.00, an hourly rate"), shown next to the
 * candidate's rate where the owner selects and offers, so that the goal of the work
 * definition is measured against what is agreed.
 */
@Component("budgets")
public class Budgets {

	/** The work definition's currency for budgets and rates (its form's money fields). */
	public static final String CURRENCY = "USD";

	private static final Map<String, String> BASES = Map.of("fixed", "a fixed price", "hourly", "an hourly rate",
			"monthly", "a monthly fee");

	/** The budget of the engagement, or null when the work definition has none. */
	public String describe(VariableContainer execution) {
		BigDecimal from = amount(execution.getVariable(EngagementVariables.BUDGET_MIN));
		BigDecimal upTo = amount(execution.getVariable(EngagementVariables.BUDGET_MAX));
		if (from == null && upTo == null) {
			return null;
		}
		String range = (from != null && upTo != null && from.compareTo(upTo) != 0)
				? from.toPlainString() + " to " + upTo.toPlainString() : ((upTo != null) ? upTo : from).toPlainString();
		Object basis = execution.getVariable(EngagementVariables.BUDGET_BASIS);
		return CURRENCY + " " + range
				+ ((basis != null) ? ", " + BASES.getOrDefault(basis.toString(), basis.toString()) : "");
	}

	private static BigDecimal amount(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.toString());
			return (amount.scale() < 2) ? amount.setScale(2) : amount;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
