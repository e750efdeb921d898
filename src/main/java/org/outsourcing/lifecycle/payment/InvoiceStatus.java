package org.outsourcing.lifecycle.payment;

/** An invoice's life: issued, then approved or rejected; an approved one is then paid. */
public enum InvoiceStatus {

	ISSUED, APPROVED, REJECTED, PAID

}
