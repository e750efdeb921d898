package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/** Finance approved the month's invoice; payment is next. */
@Component("recordInvoiceApproval")
class RecordInvoiceApproval implements JavaDelegate {

	private final Invoices invoices;

	RecordInvoiceApproval(Invoices invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.invoices.approve(IssueMonthlyInvoice.invoiceId(execution), CurrentUser.actorId(),
				Variables.text(execution, RetainerVariables.INVOICE_NOTE));
		execution.removeVariable(RetainerVariables.INVOICE_NOTE);
	}

}
