package org.outsourcing.lifecycle.payment;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;

/** Answered as 404. */
public class InvoiceNotFoundException extends FlowableObjectNotFoundException {

	public InvoiceNotFoundException(long invoiceId) {
		super("No invoice with id " + invoiceId);
	}

}
