package org.outsourcing.lifecycle.dispute;

import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

/**
 * A settlement names its amount, and only a settlement does: an amount next to "uphold"
 * or "overturn" would be recorded and never paid. That the amount is at most the invoiced
 * one is checked when it is recorded, where the invoice is known.
 */
@Component
class InvoiceMediationRule implements FormRule {

	@Override
	public String formKey() {
		return DisputeOutcomes.INVOICE_MEDIATION_FORM;
	}

	@Override
	public List<FieldError> check(Map<String, Object> values) {
		boolean settling = DisputeOutcomes.SETTLE.equals(values.get(DisputeVariables.INVOICE_MEDIATION_OUTCOME));
		boolean amountGiven = values.get(DisputeVariables.SETTLED_AMOUNT) != null;
		if (settling && !amountGiven) {
			return List.of(new FieldError(DisputeVariables.SETTLED_AMOUNT,
					"is required to settle; enter the amount agreed, at most the invoiced amount"));
		}
		if (!settling && amountGiven) {
			return List.of(new FieldError(DisputeVariables.SETTLED_AMOUNT,
					"is only for a settlement; leave it empty or choose 'Settle at an amount'"));
		}
		return List.of();
	}

}
