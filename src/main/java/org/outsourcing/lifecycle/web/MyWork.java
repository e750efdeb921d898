package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.List;

import org.outsourcing.lifecycle.contract.ContractOffer;
import org.outsourcing.lifecycle.contract.Contracts;
import org.outsourcing.lifecycle.contract.Contracts.SignedOffer;
import org.outsourcing.lifecycle.contract.OfferStatus;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.retainer.Retainer;
import org.outsourcing.lifecycle.retainer.Retainers;

import org.springframework.stereotype.Service;

/**
 * A contractor's own work: each engagement whose contract they signed and the company
 * countersigned, with the contract and the invoices issued while it was theirs (a later
 * round's contractor's invoices are not).
 */
@Service
class MyWork {

	private final Contracts contracts;

	private final Engagements engagements;

	private final Invoices invoices;

	private final Retainers retainers;

	MyWork(Contracts contracts, Engagements engagements, Invoices invoices, Retainers retainers) {
		this.contracts = contracts;
		this.engagements = engagements;
		this.invoices = invoices;
		this.retainers = retainers;
	}

	List<Work> of(String contractorUserId) {
		return this.contracts.countersignedFor(contractorUserId).stream().map(this::work).toList();
	}

	private Work work(SignedOffer signed) {
		String engagementId = signed.engagementId();
		ContractOffer offer = signed.offer();
		Instant from = offer.countersignedAt();
		Instant until = this.contracts.offers(engagementId)
			.stream()
			.filter((other) -> other.status() == OfferStatus.COUNTERSIGNED && other.countersignedAt().isAfter(from))
			.map(ContractOffer::countersignedAt)
			.min(Instant::compareTo)
			.orElse(null);
		List<Invoice> theirs = this.invoices.forEngagement(engagementId)
			.stream()
			.filter((invoice) -> !invoice.issuedAt().isBefore(from)
					&& (until == null || invoice.issuedAt().isBefore(until)))
			.toList();
		String title = this.engagements.find(engagementId).map(Engagement::title).orElse(engagementId);
		// why their retainer ended, in the owner's words (a termination's notes are
		// written for the contractor to read)
		Retainer ended = this.retainers.forEngagement(engagementId)
			.stream()
			.filter((retainer) -> retainer.contractorUserId().equals(offer.candidateUserId())
					&& retainer.endedAt() != null)
			.reduce((first, second) -> second)
			.orElse(null);
		return new Work(engagementId, title, offer, theirs, ended);
	}

	record Work(String engagementId, String title, ContractOffer contract, List<Invoice> invoices,
			Retainer endedRetainer) {
	}

}
