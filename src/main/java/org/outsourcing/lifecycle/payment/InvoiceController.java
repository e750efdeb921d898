package org.outsourcing.lifecycle.payment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads invoices for finance, owners and auditors. Invoices are approved and paid through
 * the finance tasks of the stages, so that every payment is a step of its engagement's
 * history; this API only shows them.
 */
@RestController
class InvoiceController {

	private final Invoices invoices;

	InvoiceController(Invoices invoices) {
		this.invoices = invoices;
	}

	@GetMapping("/api/engagements/{engagementId}/invoices")
	List<Invoice> ofEngagement(@PathVariable String engagementId) {
		return this.invoices.forEngagement(engagementId);
	}

	@GetMapping("/api/invoices/{invoiceId}")
	Invoice invoice(@PathVariable long invoiceId) {
		return this.invoices.find(invoiceId);
	}

}
