package org.outsourcing.lifecycle.trial;

import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.Deadlines;

import org.springframework.stereotype.Component;

/**
 * A learning curve is expected: the contractor revises, with {@code trialRevisionTime} to
 * do it.
 */
@Component("requestRevision")
class RequestRevision implements JavaDelegate {

	private final Trials trials;

	private final TrialSchedule schedule;

	private final Deadlines deadlines;

	RequestRevision(Trials trials, TrialSchedule schedule, Deadlines deadlines) {
		this.trials = trials;
		this.schedule = schedule;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant due = this.schedule.dueAfter(execution,
				this.deadlines.of(execution, TrialVariables.TRIAL_REVISION_TIME), null);
		this.trials.reschedule(Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID)), due, false);
		Integer revisions = Variables.integer(execution, TrialVariables.TRIAL_REVISIONS);
		execution.setVariable(TrialVariables.TRIAL_REVISIONS, ((revisions != null) ? revisions : 0) + 1);
	}

}
