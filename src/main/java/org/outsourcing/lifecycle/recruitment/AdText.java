package org.outsourcing.lifecycle.recruitment;

import java.time.LocalDate;

/**
 * What the recruiter wrote for the ad, and the owner's cut-off date it states: applicants
 * know from the start by when the work must be done.
 */
record AdText(String headline, String requirements, String preferences, String instruction, String rateOffered,
		LocalDate cutOffDate) {

	/** An ad that states no cut-off date (an ad stage started on its own). */
	AdText(String headline, String requirements, String preferences, String instruction, String rateOffered) {
		this(headline, requirements, preferences, instruction, rateOffered, null);
	}

}
