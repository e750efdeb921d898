package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.stereotype.Component;

/**
 * The policy refused the work: the engagement is recorded as refused with the policy's
 * reason, and the owner is told.
 */
@Component("recordRefusal")
class RecordRefusal implements JavaDelegate {

	private final WorkDefinitionOutcomes outcomes;

	RecordRefusal(WorkDefinitionOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.outcomes.ended(execution, EngagementStatus.REFUSED,
				EngagementVariables.string(execution, EngagementVariables.REFUSAL_REASON));
	}

}
