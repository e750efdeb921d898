package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * Records the owner's performance review. It runs in the transaction that completes the
 * review task, so a review that cannot be carried out (a raise without a new fee, a
 * warning without a reason) is refused and the task stays open.
 */
@Component("recordPerformanceReview")
class RecordPerformanceReview implements JavaDelegate {

	private final PerformanceReviews reviews;

	private final RetainerOutcomes outcomes;

	RecordPerformanceReview(PerformanceReviews reviews, RetainerOutcomes outcomes) {
		this.reviews = reviews;
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Retainer retainer = this.outcomes.retainerOf(execution);
		String outcome = Variables.requiredText(execution, RetainerVariables.REVIEW_OUTCOME);
		String notes = Variables.text(execution, RetainerVariables.REVIEW_NOTES);
		BigDecimal newFee = null;
		if ("raiseFee".equals(outcome)) {
			newFee = Variables.decimal(execution, RetainerVariables.NEW_MONTHLY_FEE);
			if (newFee == null || newFee.compareTo(retainer.monthlyFee()) <= 0) {
				throw new FlowableIllegalArgumentException(RetainerVariables.NEW_MONTHLY_FEE
						+ ": to raise the fee, enter a monthly fee higher than the current " + retainer.monthlyFee()
						+ " " + retainer.currency() + ((newFee != null) ? "; was " + newFee : ""));
			}
		}
		else {
			execution.removeVariable(RetainerVariables.NEW_MONTHLY_FEE);
		}
		if (("warn".equals(outcome) || "terminate".equals(outcome)) && notes == null) {
			throw new FlowableIllegalArgumentException(
					RetainerVariables.REVIEW_NOTES + ": is required to " + outcome + ", so the contractor learns why");
		}
		this.reviews.record(retainer.id(), outcome, newFee, notes, CurrentUser.actorId());
		// the warning and the termination quote the notes of this review, not an earlier
		// one
		execution.setVariable(RetainerVariables.REVIEW_NOTES, (notes != null) ? notes : "");
	}

}
