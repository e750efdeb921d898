package org.outsourcing.lifecycle.trial;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * Keeps what the contractor delivered. The notes are kept with the delivery only: left in
 * the process, an earlier round's notes would stand for a redelivery without any.
 */
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
		execution.removeVariable(TrialVariables.DELIVERY_NOTES);
	}

}
