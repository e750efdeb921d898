package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.payment.Invoices;

import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.InAppNotifications;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.payment.Invoice;
import org.springframework.stereotype.Component;

/**
 * Finance approved the month's invoice; payment is next. The contractor learns it in the
 * application (their "My work" shows the invoice's status).
 */
@Component("recordInvoiceApproval")
class RecordInvoiceApproval implements JavaDelegate {

	private final Invoices invoices;

	private final InAppNotifications notifications;

	RecordInvoiceApproval(Invoices invoices, InAppNotifications notifications) {
		this.invoices = invoices;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Invoice invoice = this.invoices.approve(IssueMonthlyInvoice.invoiceId(execution), CurrentUser.actorId(),
				Variables.text(execution, RetainerVariables.INVOICE_NOTE));
		execution.removeVariable(RetainerVariables.INVOICE_NOTE);
		this.notifications.toUser(RetainerOutcomes.contractor(execution), EngagementVariables.engagementId(execution),
				NotificationKind.INFORMATION.name(), "Invoice " + invoice.id() + " was approved", invoice.description()
						+ ": " + invoice.amount().toPlainString() + " " + invoice.currency() + ", to be paid",
				"/my/work");
	}

}
