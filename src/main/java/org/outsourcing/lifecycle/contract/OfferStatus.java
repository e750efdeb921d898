package org.outsourcing.lifecycle.contract;

public enum OfferStatus {

	/** Waiting for the candidate's statements or signature. */
	OFFERED,
	/** The candidate signed; the owner countersigns next. */
	SIGNED,
	/** Both signed: the contract is in force. */
	COUNTERSIGNED,
	/** The candidate did not sign before the offer expired. */
	EXPIRED,
	/** The candidate declined. */
	DECLINED,
	/** Legal did not accept the candidate's compliance statements. */
	STATEMENTS_REJECTED,
	/** The owner refused to countersign what the candidate signed. */
	COUNTERSIGNATURE_REFUSED

}
