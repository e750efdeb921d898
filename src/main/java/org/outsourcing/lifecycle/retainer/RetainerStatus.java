package org.outsourcing.lifecycle.retainer;

/** A retainer runs until its term ends without renewal, a termination or a notice. */
public enum RetainerStatus {

	ACTIVE, ENDED

}
