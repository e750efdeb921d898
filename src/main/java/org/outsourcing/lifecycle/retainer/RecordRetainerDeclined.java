package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * The contractor declined the retainer or let the offer expire; no retainer starts and
 * the owner is told why.
 */
@Component("recordRetainerDeclined")
class RecordRetainerDeclined implements JavaDelegate {

	private final RetainerOutcomes outcomes;

	RecordRetainerDeclined(RetainerOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean declined = "decline".equals(execution.getVariable(RetainerVariables.ACCEPT_OUTCOME));
		String why = Variables.text(execution, RetainerVariables.DECLINE_REASON);
		String reason = declined ? "The contractor declined the retainer offer" + ((why != null) ? ": " + why : "")
				: "The retainer offer expired without an answer from the contractor";
		this.outcomes.ended(execution, "declined", reason);
		this.outcomes.tellGroup(execution, "owner", NotificationKind.INFORMATION,
				"No retainer for '" + RetainerOutcomes.title(execution) + "'", reason);
	}

}
