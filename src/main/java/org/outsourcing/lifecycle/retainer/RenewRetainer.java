package org.outsourcing.lifecycle.retainer;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.engagement.CutOffDate;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * The owner renewed: the term is extended from its current end, up to the cut-off date at
 * most, and the term timer moves with it.
 */
@Component("renewRetainer")
class RenewRetainer implements JavaDelegate {

	private final Retainers retainers;

	private final RetainerOutcomes outcomes;

	private final RenewalSchedule renewal;

	RenewRetainer(Retainers retainers, RetainerOutcomes outcomes, RenewalSchedule renewal) {
		this.retainers = retainers;
		this.outcomes = outcomes;
		this.renewal = renewal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Integer months = Variables.integer(execution, RetainerVariables.RENEWAL_MONTHS);
		if (months == null) {
			throw new FlowableIllegalArgumentException(RetainerVariables.RENEWAL_MONTHS
					+ ": is required to renew; enter 1 to " + RetainerTerms.MAX_TERM_MONTHS + " months");
		}
		Retainer renewed = this.retainers.renew(this.outcomes.retainerOf(execution).id(), months,
				CutOffDate.endOf(execution).orElse(null));
		// the next renewal decision must not silently reuse this one's months
		execution.removeVariable(RetainerVariables.RENEWAL_MONTHS);
		this.renewal.termEndsAt(execution, renewed.endsAt());
		this.outcomes.tell(execution, renewed.contractorUserId(), NotificationKind.INFORMATION,
				"Your retainer for '" + RetainerOutcomes.title(execution) + "' is renewed",
				"The retainer is renewed for " + months + " month(s), until " + renewed.endsAt() + ", at "
						+ renewed.monthlyFee() + " " + renewed.currency() + " a month.");
	}

}
