package org.outsourcing.lifecycle.retainer;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.dispute.Disputes;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/** Finance rejected the month's invoice; the contractor learns why. */
@Component("recordInvoiceRejection")
class RecordInvoiceRejection implements JavaDelegate {

	private final Invoices invoices;

	private final RetainerOutcomes outcomes;

	private final Disputes disputes;

	RecordInvoiceRejection(Invoices invoices, RetainerOutcomes outcomes, Disputes disputes) {
		this.invoices = invoices;
		this.outcomes = outcomes;
		this.disputes = disputes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String note = Variables.text(execution, RetainerVariables.INVOICE_NOTE);
		if (note == null) {
			throw new FlowableIllegalArgumentException(RetainerVariables.INVOICE_NOTE
					+ ": is required to reject an invoice, so the contractor learns why");
		}
		Invoice invoice = this.invoices.reject(IssueMonthlyInvoice.invoiceId(execution), CurrentUser.actorId(), note);
		execution.removeVariable(RetainerVariables.INVOICE_NOTE);
		this.outcomes.tell(execution, RetainerOutcomes.contractor(execution), NotificationKind.REJECTION,
				"Invoice " + invoice.id() + " was rejected", invoice.description() + ": " + note);
		this.disputes.rejected(execution, "invoice " + invoice.id() + " (" + invoice.description() + ", "
				+ invoice.amount().toPlainString() + " " + invoice.currency() + ")", note);
	}

}
