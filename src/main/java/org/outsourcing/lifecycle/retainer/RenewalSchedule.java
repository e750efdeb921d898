package org.outsourcing.lifecycle.retainer;

import java.time.Duration;
import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Deadlines;

import org.springframework.stereotype.Component;

/**
 * Sets when the term ends and when the owner is asked to decide on renewal:
 * {@code renewalNotice} before the end (never before now), so the decision comes while
 * the term still runs. The term's timers read these two variables.
 */
@Component
class RenewalSchedule {

	private final Deadlines deadlines;

	private final EngineTime time;

	RenewalSchedule(Deadlines deadlines, EngineTime time) {
		this.deadlines = deadlines;
		this.time = time;
	}

	void termEndsAt(DelegateExecution execution, Instant endsAt) {
		Instant now = this.time.now();
		Duration notice = Duration.between(now, this.deadlines.due(execution, RetainerVariables.RENEWAL_NOTICE, now));
		Instant renewalDue = endsAt.minus(notice);
		execution.setVariable(RetainerVariables.RETAINER_ENDS_AT, endsAt.toString());
		execution.setVariable(RetainerVariables.RETAINER_RENEWAL_DUE_AT,
				(renewalDue.isAfter(now) ? renewalDue : now).toString());
	}

}
