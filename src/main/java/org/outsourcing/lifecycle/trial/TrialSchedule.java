package org.outsourcing.lifecycle.trial;

import java.time.Duration;
import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.engagement.CutOffDate;
import org.outsourcing.lifecycle.core.Deadlines;

import org.springframework.stereotype.Component;

/**
 * Sets when the delivery is due and when the contractor is reminded before that: the
 * deadline timer and the reminder timer of the delivery task read these two variables.
 * The delivery is never due after the engagement's cut-off date: a time a person chose
 * past it is refused, the default deadline is cut short at it.
 */
@Component
class TrialSchedule {

	private final Deadlines deadlines;

	private final EngineTime time;

	TrialSchedule(Deadlines deadlines, EngineTime time) {
		this.deadlines = deadlines;
		this.time = time;
	}

	Instant dueAfter(DelegateExecution execution, String duration, String chosenIn) {
		Instant now = this.time.now();
		Instant asked = Deadlines.plus(now, Deadlines.requireValid(TrialVariables.TRIAL_DEADLINE, duration));
		Instant due = (chosenIn != null) ? CutOffDate.requireWithin(execution, chosenIn, asked)
				: CutOffDate.bound(execution, asked);
		Duration lead = Duration.between(now, this.deadlines.due(execution, TrialVariables.TRIAL_REMINDER, now));
		Instant reminder = due.minus(lead);
		execution.setVariable(TrialVariables.TRIAL_DUE_AT, due.toString());
		execution.setVariable(TrialVariables.TRIAL_REMINDER_AT, (reminder.isAfter(now) ? reminder : now).toString());
		return due;
	}

}
