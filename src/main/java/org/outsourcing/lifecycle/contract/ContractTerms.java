package org.outsourcing.lifecycle.contract;

import java.math.BigDecimal;

/** What legal drafted: the clauses docs/DOMAIN.md asks every contract to carry. */
public record ContractTerms(boolean ndaIncluded, boolean workProductToCompany, boolean companyOwnsData,
		String performanceExpectations, String incentives, String deliverables, String paymentTerms,
		BigDecimal trialFee, String currency, String ndaScope, String clientContactClause) {

}
