package org.outsourcing.lifecycle.trial;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/** Finance approved and paid the trial fee; the invoice records both, once. */
@Component("recordTrialPayment")
class RecordTrialPayment implements JavaDelegate {

	private final Invoices invoices;

	RecordTrialPayment(Invoices invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long invoiceId = Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_INVOICE_ID));
		this.invoices.approve(invoiceId, CurrentUser.actorId(), "Trial task delivered and reviewed");
		this.invoices.pay(invoiceId, CurrentUser.actorId(),
				Variables.requiredText(execution, TrialVariables.PAYMENT_REFERENCE));
	}

}
