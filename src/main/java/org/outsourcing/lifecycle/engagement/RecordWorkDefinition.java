package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The work passed the policy: the engagement is recorded and recruitment may start. */
@Component("recordWorkDefinition")
class RecordWorkDefinition implements JavaDelegate {

	private final WorkDefinitionOutcomes outcomes;

	RecordWorkDefinition(WorkDefinitionOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.outcomes.defined(execution);
	}

}
