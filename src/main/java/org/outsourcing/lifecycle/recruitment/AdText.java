package org.outsourcing.lifecycle.recruitment;

import java.time.LocalDate;

/**
 * What the recruiter wrote for the ad, and what it states of the work definition: the
 * owner's cut-off date and the compliance statements the contract will require, so that
 * applicants know from the start by when the work must be done and what they must sign.
 */
record AdText(String headline, String requirements, String preferences, String instruction, String rateOffered,
		LocalDate cutOffDate, String complianceNeeds) {

	/** An ad that states no cut-off date or compliance needs (an ad stage on its own). */
	AdText(String headline, String requirements, String preferences, String instruction, String rateOffered) {
		this(headline, requirements, preferences, instruction, rateOffered, null, null);
	}

}
