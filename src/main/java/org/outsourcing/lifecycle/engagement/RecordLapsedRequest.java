package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.stereotype.Component;

/**
 * Nobody confirmed outsourcing core work before the deadline, so the request lapses
 * rather than waiting forever.
 */
@Component("recordLapsedRequest")
class RecordLapsedRequest implements JavaDelegate {

	private final WorkDefinitionOutcomes outcomes;

	private final Deadlines deadlines;

	RecordLapsedRequest(WorkDefinitionOutcomes outcomes, Deadlines deadlines) {
		this.outcomes = outcomes;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.outcomes.ended(execution, EngagementStatus.LAPSED,
				"Outsourcing core work was not confirmed before the deadline ("
						+ this.deadlines.of(execution, EngagementVariables.DEFINE_WORK_SLA)
						+ "); start a new request if it is still needed.");
	}

}
