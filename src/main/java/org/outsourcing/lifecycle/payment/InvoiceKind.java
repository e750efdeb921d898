package org.outsourcing.lifecycle.payment;

/** What an invoice is for. */
public enum InvoiceKind {

	/** The paid trial task. */
	TRIAL_FEE,
	/** One month of the fixed-cost retainer. */
	RETAINER_MONTH,
	/** What is still owed when the engagement ends. */
	FINAL

}
