package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;

/** What the owner offered: a fixed monthly fee for a scope, a term and one liaison. */
record RetainerTerms(BigDecimal monthlyFee, String currency, String scope, int termMonths, String liaison) {

	static final int MAX_TERM_MONTHS = 24;

	RetainerTerms {
		if (monthlyFee.signum() <= 0) {
			throw new FlowableIllegalArgumentException("monthlyFee: must be more than zero, was " + monthlyFee);
		}
		if (!currency.matches("[A-Z]{3}")) {
			throw new FlowableIllegalArgumentException(
					"currency: must be a three-letter ISO 4217 code such as USD, was '" + currency + "'");
		}
		requireMonths(RetainerVariables.TERM_MONTHS, termMonths);
	}

	static RetainerTerms of(VariableContainer scope) {
		return new RetainerTerms(Variables.requiredDecimal(scope, RetainerVariables.MONTHLY_FEE),
				Variables.requiredText(scope, RetainerVariables.CURRENCY),
				Variables.requiredText(scope, RetainerVariables.SCOPE),
				Variables.requiredInteger(scope, RetainerVariables.TERM_MONTHS),
				Variables.requiredText(scope, EngagementVariables.LIAISON));
	}

	static int requireMonths(String field, int months) {
		if (months < 1 || months > MAX_TERM_MONTHS) {
			throw new FlowableIllegalArgumentException(
					field + ": must be 1 to " + MAX_TERM_MONTHS + " months, was " + months);
		}
		return months;
	}

}
