package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.dispute.DisputeOutcomes;
import org.outsourcing.lifecycle.dispute.DisputeVariables;
import org.outsourcing.lifecycle.dispute.Disputes;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/**
 * The liaison decided the contractor's dispute of a rejected invoice: overturned, it is
 * approved in full; settled, it is approved at the agreed amount (above zero, at most the
 * invoiced amount); upheld, the rejection stands. An approved invoice goes to payment.
 */
@Component("recordInvoiceMediation")
class RecordInvoiceMediation implements JavaDelegate {

	/** The invoice's decision note holds at most this many characters. */
	private static final int NOTE_LENGTH = 1000;

	private final Invoices invoices;

	private final Disputes disputes;

	RecordInvoiceMediation(Invoices invoices, Disputes disputes) {
		this.invoices = invoices;
		this.disputes = disputes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String outcome = Variables.requiredText(execution, DisputeVariables.INVOICE_MEDIATION_OUTCOME);
		String note = Variables.requiredText(execution, DisputeVariables.MEDIATION_NOTE);
		Invoice invoice = this.invoices.find(IssueMonthlyInvoice.invoiceId(execution));
		BigDecimal settled = null;
		if (DisputeOutcomes.SETTLE.equals(outcome)) {
			settled = Variables.requiredDecimal(execution, DisputeVariables.SETTLED_AMOUNT);
			approve(invoice, settled, "Settled on dispute at " + settled.toPlainString() + " (invoiced "
					+ invoice.amount().toPlainString() + "): " + note);
		}
		else if (DisputeOutcomes.OVERTURN.equals(outcome)) {
			approve(invoice, invoice.amount(), "Rejection overturned on dispute: " + note);
		}
		execution.removeVariable(DisputeVariables.SETTLED_AMOUNT);
		this.disputes.decided(execution, outcome, RetainerOutcomes.contractor(execution), invoice.amount(), settled);
	}

	private void approve(Invoice invoice, BigDecimal amount, String note) {
		this.invoices.approveAfterDispute(invoice.id(), amount, CurrentUser.actorId(),
				(note.length() > NOTE_LENGTH) ? note.substring(0, NOTE_LENGTH) : note);
	}

}
