package org.outsourcing.lifecycle.offboarding;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceKind;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/**
 * Settles what is still owed. Finance states the amount and pays it in one step, so the
 * final invoice is issued, approved and paid together; nothing owed is recorded as such.
 */
@Component("recordFinalSettlement")
class RecordFinalSettlement implements JavaDelegate {

	private final Invoices invoices;

	private final Offboardings offboardings;

	RecordFinalSettlement(Invoices invoices, Offboardings offboardings) {
		this.invoices = invoices;
		this.offboardings = offboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		BigDecimal amount = Variables.requiredDecimal(execution, OffboardingVariables.FINAL_AMOUNT);
		if (amount.signum() < 0) {
			throw new FlowableIllegalArgumentException(
					OffboardingVariables.FINAL_AMOUNT + ": cannot be negative, was " + amount);
		}
		String financeUser = CurrentUser.actorId();
		Long invoiceId = null;
		if (amount.signum() > 0) {
			String reference = Variables.text(execution, OffboardingVariables.PAYMENT_REFERENCE);
			if (reference == null) {
				throw new FlowableIllegalArgumentException(
						OffboardingVariables.PAYMENT_REFERENCE + ": is required when a final amount is paid");
			}
			String title = Variables.text(execution, EngagementVariables.TITLE);
			Invoice invoice = this.invoices.issue(engagementId, InvoiceKind.FINAL,
					"Final settlement" + ((title != null) ? " of '" + title + "'" : ""), amount,
					Variables.requiredText(execution, OffboardingVariables.CURRENCY), financeUser);
			this.invoices.approve(invoice.id(), financeUser, "Final settlement at offboarding");
			invoiceId = this.invoices.pay(invoice.id(), financeUser, reference).id();
		}
		this.offboardings.settled(engagementId, amount, invoiceId, financeUser);
	}

}
