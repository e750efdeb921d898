package org.outsourcing.lifecycle.trial;

import java.time.Duration;
import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.config.EngineTime;
import org.outsourcing.lifecycle.engagement.Deadlines;

import org.springframework.stereotype.Component;

/**
 * Sets when the delivery is due and when the contractor is reminded before that: the
 * deadline timer and the reminder timer of the delivery task read these two variables.
 */
@Component
class TrialSchedule {

	private final Deadlines deadlines;

	private final EngineTime time;

	TrialSchedule(Deadlines deadlines, EngineTime time) {
		this.deadlines = deadlines;
		this.time = time;
	}

	Instant dueAfter(DelegateExecution execution, String duration) {
		Instant now = this.time.now();
		Instant due = Deadlines.plus(now, Deadlines.requireValid("trialDeadline", duration));
		Duration lead = Duration.between(now, this.deadlines.due(execution, "trialReminder", now));
		Instant reminder = due.minus(lead);
		execution.setVariable(TrialVariables.TRIAL_DUE_AT, due.toString());
		execution.setVariable(TrialVariables.TRIAL_REMINDER_AT, (reminder.isAfter(now) ? reminder : now).toString());
		return due;
	}

}
