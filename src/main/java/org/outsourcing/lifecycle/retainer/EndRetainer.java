package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/** The term ended and was not renewed: the retainer is completed. */
@Component("endRetainer")
class EndRetainer implements JavaDelegate {

	private final RetainerOutcomes outcomes;

	EndRetainer(RetainerOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Retainer retainer = this.outcomes.retainerOf(execution);
		String reason = "The term ended on " + retainer.endsAt() + " and was not renewed";
		this.outcomes.ended(execution, "completed", reason);
		this.outcomes.tell(execution, retainer.contractorUserId(), NotificationKind.INFORMATION,
				"Your retainer for '" + RetainerOutcomes.title(execution) + "' has ended",
				reason + ". Thank you for your work; offboarding follows.");
	}

}
