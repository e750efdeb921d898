package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceKind;
import org.outsourcing.lifecycle.payment.Invoices;

import org.springframework.stereotype.Component;

/**
 * Issues the month's invoice at the fee in force today, so a raise counts from the next
 * month on. The invoice id is local to this month's run, where its reminders see it too:
 * two months never mix.
 */
@Component("issueMonthlyInvoice")
class IssueMonthlyInvoice implements JavaDelegate {

	private final Invoices invoices;

	private final RetainerOutcomes outcomes;

	IssueMonthlyInvoice(Invoices invoices, RetainerOutcomes outcomes) {
		this.invoices = invoices;
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		Retainer retainer = this.outcomes.retainerOf(execution);
		long month = this.invoices.forEngagement(engagementId)
			.stream()
			.filter((invoice) -> invoice.kind() == InvoiceKind.RETAINER_MONTH)
			.count() + 1;
		Invoice invoice = this.invoices.issue(engagementId, InvoiceKind.RETAINER_MONTH,
				"Retainer for '" + RetainerOutcomes.title(execution) + "', month " + month, retainer.monthlyFee(),
				retainer.currency(), CurrentUser.actorId());
		// the run's scope, not this step's execution: a reminder's boundary execution is
		// a
		// sibling of the task's and must see the invoice as well
		execution.getParent().setVariableLocal(RetainerVariables.INVOICE_ID, invoice.id());
	}

	static long invoiceId(DelegateExecution execution) {
		return Long.parseLong(String.valueOf(execution.getVariable(RetainerVariables.INVOICE_ID)));
	}

}
