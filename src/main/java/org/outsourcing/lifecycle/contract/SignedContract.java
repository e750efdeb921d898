package org.outsourcing.lifecycle.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.outsourcing.lifecycle.contract.Contracts.ComplianceStatement;

/**
 * Everything the contract document prints: the engagement, the parties, legal's clauses,
 * the compliance statements, and both signatures with their times. Names are as the user
 * directory gives them, the ids beside them.
 */
public record SignedContract(String engagementId, String title, ContractTerms terms, ContractOffer offer,
		String contractorName, String ownerName, String draftedBy, Instant draftedAt,
		List<ComplianceStatement> statements) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** How the document writes a moment: to the second, in UTC. */
	public String utc(Instant instant) {
		return UTC.format(instant);
	}

	/** The moment the contract came into force: it dates the document. */
	public Instant inForceSince() {
		return this.offer.countersignedAt();
	}

}
