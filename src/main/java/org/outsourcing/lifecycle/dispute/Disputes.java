package org.outsourcing.lifecycle.dispute;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.runtime.ProcessInstance;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Service;

/**
 * A rejection the contractor may dispute, and the liaison's decision on it. Each step is
 * an entry of the audit trail (who, why, the outcome) and a message to the person who
 * acts next; the trial and the invoice stages apply the outcome to their own records.
 */
@Service
public class Disputes {

	private final AuditTrail audit;

	private final Notifications notifications;

	Disputes(AuditTrail audit, Notifications notifications) {
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * Something was rejected: the contractor's answer task shows what and why. Kept in
	 * the scope of the step's parent, the run of the rejected thing.
	 */
	public void rejected(DelegateExecution execution, String what, String why) {
		execution.getParent().setVariableLocal(DisputeVariables.REJECTED_WORK, what);
		execution.getParent().setVariableLocal(DisputeVariables.REJECTION_REASON, why);
	}

	/**
	 * The contractor disputed the rejection: recorded, and the liaison is asked to
	 * mediate.
	 */
	public void raised(DelegateExecution execution) {
		String reason = Variables.text(execution, DisputeVariables.DISPUTE_REASON);
		if (reason == null) {
			throw new FlowableIllegalArgumentException(
					DisputeVariables.DISPUTE_REASON + ": is required to dispute; say why the rejection is wrong");
		}
		// the answer left it on the process; the run of the disputed thing keeps it
		execution.removeVariable(DisputeVariables.DISPUTE_REASON);
		execution.getParent().setVariableLocal(DisputeVariables.DISPUTE_REASON, reason);
		Map<String, Object> details = subject(execution);
		details.put("reason", reason);
		record(execution, AuditEntryType.DISPUTE_RAISED, details);
		String liaison = Variables.text(execution, EngagementVariables.LIAISON);
		if (liaison != null) {
			this.notifications
				.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
						NotificationKind.ACTION_REQUIRED)
				.toUser(liaison)
				.send("Please mediate: the contractor disputes the rejection of "
						+ Variables.text(execution, DisputeVariables.REJECTED_WORK), reason);
		}
	}

	/**
	 * The liaison decided. {@code settledAt} is the amount an invoice was settled at,
	 * null otherwise; the contractor learns the outcome and the liaison's note.
	 */
	public void decided(DelegateExecution execution, String outcome, String contractor, BigDecimal invoiced,
			BigDecimal settledAt) {
		String note = Variables.requiredText(execution, DisputeVariables.MEDIATION_NOTE);
		execution.removeVariable(DisputeVariables.MEDIATION_NOTE);
		Map<String, Object> details = subject(execution);
		details.put(DisputeVariables.DISPUTE_REASON, Variables.text(execution, DisputeVariables.DISPUTE_REASON));
		details.put("outcome", outcome);
		details.put("note", note);
		details.put("decidedBy", CurrentUser.actorId());
		if (invoiced != null) {
			details.put("invoicedAmount", invoiced.toPlainString());
		}
		if (settledAt != null) {
			details.put(DisputeVariables.SETTLED_AMOUNT, settledAt.toPlainString());
		}
		record(execution, AuditEntryType.DISPUTE_DECIDED, details);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(contractor)
			.send("Your dispute of the rejection of " + Variables.text(execution, DisputeVariables.REJECTED_WORK) + ": "
					+ words(outcome, settledAt), note);
	}

	private static String words(String outcome, BigDecimal settledAt) {
		return switch (outcome) {
			case DisputeOutcomes.OVERTURN -> "the rejection is overturned";
			case DisputeOutcomes.SETTLE -> "settled at " + settledAt.toPlainString();
			default -> "the rejection stands";
		};
	}

	private static Map<String, Object> subject(DelegateExecution execution) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("rejected", Variables.text(execution, DisputeVariables.REJECTED_WORK));
		details.put(DisputeVariables.REJECTION_REASON, Variables.text(execution, DisputeVariables.REJECTION_REASON));
		return details;
	}

	private void record(DelegateExecution execution, AuditEntryType type, Map<String, Object> details) {
		// the engine's execution is also its process instance view, which names the
		// process
		String processKey = (execution instanceof ProcessInstance instance) ? instance.getProcessDefinitionKey() : null;
		this.audit.record(new AuditEvent(EngagementVariables.engagementId(execution), type, CurrentUser.actorId(),
				execution.getProcessInstanceId(), processKey, execution.getCurrentActivityId(),
				execution.getCurrentFlowElement().getName(), details));
	}

}
