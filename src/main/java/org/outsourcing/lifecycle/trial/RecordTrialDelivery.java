package org.outsourcing.lifecycle.trial;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/** Keeps what the contractor delivered. */
@Component("recordTrialDelivery")
class RecordTrialDelivery implements JavaDelegate {

	private final Trials trials;

	RecordTrialDelivery(Trials trials) {
		this.trials = trials;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.trials.deliver(Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID)),
				Variables.requiredText(execution, TrialVariables.DELIVERABLE_URL),
				Variables.text(execution, TrialVariables.DELIVERY_NOTES));
	}

}
