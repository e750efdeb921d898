package org.outsourcing.lifecycle.retainer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * Keeps how the liaison answered a reported blocker (resolved, or passed to the owners),
 * audits who did it with which note, and tells the contractor; an escalation also asks
 * the owners to act.
 */
@Component("recordBlockerResolution")
class RecordBlockerResolution implements JavaDelegate {

	private final StatusUpdates updates;

	private final RetainerOutcomes outcomes;

	private final AuditTrail audit;

	RecordBlockerResolution(StatusUpdates updates, RetainerOutcomes outcomes, AuditTrail audit) {
		this.updates = updates;
		this.outcomes = outcomes;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long updateId = Long.parseLong(Variables.requiredText(execution, RetainerVariables.BLOCKER_STATUS_UPDATE_ID));
		String outcome = Variables.requiredText(execution, RetainerVariables.RESOLVE_BLOCKER_OUTCOME);
		String note = Variables.requiredText(execution, RetainerVariables.BLOCKER_RESOLUTION_NOTE);
		String liaison = CurrentUser.actorId();
		this.updates.resolveBlocker(updateId, outcome, note, liaison);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("statusUpdateId", updateId);
		details.put("blockers", this.updates.blockers(updateId));
		details.put("outcome", outcome);
		details.put("note", note);
		String engagementId = EngagementVariables.engagementId(execution);
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.BLOCKER_RESOLVED, liaison,
				execution.getProcessInstanceId(), details));
		// answered: the next blocker's task starts from an empty form
		execution.removeVariables(
				List.of(RetainerVariables.BLOCKER_RESOLUTION_NOTE, RetainerVariables.RESOLVE_BLOCKER_OUTCOME));
		Retainer retainer = this.outcomes.retainerOf(execution);
		String title = RetainerOutcomes.title(execution);
		boolean escalated = "escalate".equals(outcome);
		this.outcomes.tell(execution, retainer.contractorUserId(), NotificationKind.INFORMATION,
				(escalated ? "Your blocker on '" + title + "' is passed to the owner"
						: "Your blocker on '" + title + "' is resolved"),
				note);
		if (escalated) {
			this.outcomes.tellGroup(execution, Groups.OWNER, NotificationKind.ACTION_REQUIRED,
					"A blocker on '" + title + "' needs the owner", "The liaison passed on what blocks the contractor: "
							+ details.get("blockers") + "\n\nTheir note: " + note);
		}
	}

}
