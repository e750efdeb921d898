package org.outsourcing.lifecycle.recruitment;

/** What the recruiter wrote for the ad. */
record AdText(String headline, String requirements, String preferences, String instruction, String rateOffered) {

}
