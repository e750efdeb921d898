package org.outsourcing.lifecycle.dispute;

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

	/** The contractor's answer form and its outcomes. */
	public static final String ANSWER_FORM = "answerRejection";

	public static final String ACCEPT = "accept";

	public static final String DISPUTE = "dispute";

	/** The liaison's outcomes. */
	public static final String UPHOLD = "uphold";

	public static final String OVERTURN = "overturn";

	public static final String SETTLE = "settle";

	private DisputeVariables() {
	}

}
