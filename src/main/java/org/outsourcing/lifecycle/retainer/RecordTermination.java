package org.outsourcing.lifecycle.retainer;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/** The owner terminated the retainer at a performance review. */
@Component("recordTermination")
class RecordTermination implements JavaDelegate {

	private final RetainerOutcomes outcomes;

	RecordTermination(RetainerOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Retainer retainer = this.outcomes.retainerOf(execution);
		String reason = "Terminated at the performance review: "
				+ Variables.requiredText(execution, RetainerVariables.REVIEW_NOTES);
		this.outcomes.ended(execution, "terminated", reason);
		this.outcomes.tell(execution, retainer.contractorUserId(), NotificationKind.INFORMATION,
				"Your retainer for '" + RetainerOutcomes.title(execution) + "' is terminated",
				reason + ". Offboarding follows.");
	}

}
