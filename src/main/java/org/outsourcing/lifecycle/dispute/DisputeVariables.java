package org.outsourcing.lifecycle.dispute;

import org.outsourcing.lifecycle.core.Variables;

/**
 * Process variables and form outcomes of a dispute. What was rejected and why are kept in
 * the scope of the rejected thing (a month's invoice run, the trial), so that two months
 * disputed at once never mix.
 */
public final class DisputeVariables {

	/** What the contractor may dispute, in words: "the trial delivery", "invoice 12". */
	public static final String REJECTED_WORK = "rejectedWork";

	/** Why it was rejected, as the rejecting person wrote it. */
	public static final String REJECTION_REASON = "rejectionReason";

	/** The contractor's reason for disputing; required when disputing. */
	public static final String DISPUTE_REASON = "disputeReason";

	/** Why the liaison decided as they did; the contractor reads it. */
	public static final String MEDIATION_NOTE = "mediationNote";

	/** The amount the liaison settled an invoice at: above zero, at most invoiced. */
	public static final String SETTLED_AMOUNT = "settledAmount";

	/** The contractor's answer: accept the rejection or dispute it. */
	public static final String ANSWER_OUTCOME = Variables.formOutcome(DisputeOutcomes.ANSWER_FORM);

	/** The liaison's decision on a disputed trial delivery. */
	public static final String TRIAL_MEDIATION_OUTCOME = Variables.formOutcome(DisputeOutcomes.TRIAL_MEDIATION_FORM);

	/** The liaison's decision on a disputed invoice. */
	public static final String INVOICE_MEDIATION_OUTCOME = Variables
		.formOutcome(DisputeOutcomes.INVOICE_MEDIATION_FORM);

	private DisputeVariables() {
	}

}
