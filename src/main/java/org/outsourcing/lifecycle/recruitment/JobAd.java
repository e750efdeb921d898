package org.outsourcing.lifecycle.recruitment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One publication of an engagement's ad, with the cut-off date and the compliance
 * statements (if any) the contract will require.
 */
public record JobAd(long id, String engagementId, int publication, String headline, String requirements,
		String preferences, String instruction, String rateOffered, JobAdStatus status, String publishedBy,
		Instant publishedAt, Instant closesAt, Instant closedAt, LocalDate cutOffDate, String complianceNeeds) {

}
