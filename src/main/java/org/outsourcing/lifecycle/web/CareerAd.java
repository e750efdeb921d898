package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open ad as the careers page shows it to anyone: the recruiter's text, the work it is
 * for, the dates, and what the work requires of a contractor beyond the skills (the data
 * they would handle, the compliance statements they must make before signing, as the ad
 * states them).
 */
record CareerAd(String engagementId, String headline, String work, String requirements, String preferences,
		String instruction, String rateOffered, LocalDate cutOffDate, Instant closesAt, String dataHandled,
		String complianceNeeds) {

}
