package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.springframework.stereotype.Component;

/** The owner kept core work in-house. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

	private final WorkDefinitionOutcomes outcomes;

	RecordWithdrawal(WorkDefinitionOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.outcomes.ended(execution, EngagementStatus.WITHDRAWN,
				"The owner decided to keep this core work in-house.");
	}

}
