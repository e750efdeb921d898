package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/** Finance paid the approved invoice; the contractor is told. */
@Component("recordInvoicePayment")
class RecordInvoicePayment implements JavaDelegate {

	private final Invoices invoices;

	private final RetainerOutcomes outcomes;

	RecordInvoicePayment(Invoices invoices, RetainerOutcomes outcomes) {
		this.invoices = invoices;
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Invoice invoice = this.invoices.pay(IssueMonthlyInvoice.invoiceId(execution), CurrentUser.actorId(),
				Variables.requiredText(execution, RetainerVariables.PAYMENT_REFERENCE));
		execution.removeVariable(RetainerVariables.PAYMENT_REFERENCE);
		this.outcomes.tell(execution, RetainerOutcomes.contractor(execution), NotificationKind.INFORMATION,
				"Invoice " + invoice.id() + " is paid", invoice.description() + ": " + invoice.amount() + " "
						+ invoice.currency() + ", payment reference " + invoice.paymentReference());
	}

}
