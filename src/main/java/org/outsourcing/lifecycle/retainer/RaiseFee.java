package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * A top performer gets a higher fee from now on; the next monthly invoice is issued at
 * it.
 */
@Component("raiseFee")
class RaiseFee implements JavaDelegate {

	private final Retainers retainers;

	private final RetainerOutcomes outcomes;

	RaiseFee(Retainers retainers, RetainerOutcomes outcomes) {
		this.retainers = retainers;
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String notes = Variables.text(execution, RetainerVariables.REVIEW_NOTES);
		Retainer raised = this.retainers.raiseFee(this.outcomes.retainerOf(execution).id(),
				Variables.requiredDecimal(execution, RetainerVariables.NEW_MONTHLY_FEE), CurrentUser.actorId(),
				"Raised at the performance review" + ((notes != null) ? ": " + notes : ""));
		execution.removeVariable(RetainerVariables.NEW_MONTHLY_FEE);
		this.outcomes.tell(execution, raised.contractorUserId(), NotificationKind.INFORMATION,
				"Your fee for '" + RetainerOutcomes.title(execution) + "' is raised", "From now on your monthly fee is "
						+ raised.monthlyFee() + " " + raised.currency() + ". Thank you for your excellent work.");
	}

}
