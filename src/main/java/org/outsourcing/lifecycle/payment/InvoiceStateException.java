package org.outsourcing.lifecycle.payment;

import org.flowable.common.rest.exception.FlowableConflictException;

/**
 * An invoice asked to do what its status does not allow, e.g. paid twice; answered as
 * 409.
 */
public class InvoiceStateException extends FlowableConflictException {

	public InvoiceStateException(String message) {
		super(message);
	}

}
