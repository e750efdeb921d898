package org.outsourcing.lifecycle.core;

/** Where an engagement stands, as the business speaks of it. */
public enum EngagementStatus {

	/** The work is defined and passed the policy; recruitment may start. */
	DEFINED,
	/** The policy refused to outsource the work. */
	REFUSED,
	/** The owner decided to keep core work in-house. */
	WITHDRAWN,
	/** The owner did not confirm core work before its deadline. */
	LAPSED,
	/** Recruiting: ad, screening, interviews. */
	RECRUITING,
	/** A candidate was selected. */
	SELECTED,
	/** Recruitment ended without a hire. */
	CANCELLED,
	/** Contract signed; trial task or retainer running. */
	ACTIVE,
	/** Offboarding running. */
	OFFBOARDING,
	/** Ended and archived with its audit trail. */
	ARCHIVED

}
