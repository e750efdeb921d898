package org.outsourcing.lifecycle.trial;

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
 * The trial is paid work, accepted or not: its fee is invoiced once it was delivered and
 * judged.
 */
@Component("issueTrialInvoice")
class IssueTrialInvoice implements JavaDelegate {

	private final Trials trials;

	private final Invoices invoices;

	IssueTrialInvoice(Trials trials, Invoices invoices) {
		this.trials = trials;
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Trial trial = this.trials.get(Variables.requiredText(execution, TrialVariables.TRIAL_ID));
		Invoice invoice = this.invoices.issue(EngagementVariables.engagementId(execution), InvoiceKind.TRIAL_FEE,
				"Trial task fee for " + trial.contractorUserId(), trial.fee(), trial.currency(), CurrentUser.actorId());
		this.trials.invoiced(trial.id(), invoice.id());
		execution.setVariable(TrialVariables.TRIAL_INVOICE_ID, String.valueOf(invoice.id()));
	}

}
