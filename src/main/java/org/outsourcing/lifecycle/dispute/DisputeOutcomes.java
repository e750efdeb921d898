package org.outsourcing.lifecycle.dispute;

/** The forms of a dispute and the outcomes their buttons give. */
public final class DisputeOutcomes {

	/** The contractor's answer to a rejection. */
	public static final String ANSWER_FORM = "answerRejection";

	public static final String TRIAL_MEDIATION_FORM = "mediateTrialDispute";

	public static final String INVOICE_MEDIATION_FORM = "mediateInvoiceDispute";

	/** The contractor accepts the rejection. */
	public static final String ACCEPT = "accept";

	/** The contractor disputes the rejection, with a reason. */
	public static final String DISPUTE = "dispute";

	/** The liaison lets the rejection stand. */
	public static final String UPHOLD = "uphold";

	/** The liaison overturns it: the delivery is accepted, the invoice paid in full. */
	public static final String OVERTURN = "overturn";

	/** The liaison settles an invoice at an agreed amount. */
	public static final String SETTLE = "settle";

	private DisputeOutcomes() {
	}

}
