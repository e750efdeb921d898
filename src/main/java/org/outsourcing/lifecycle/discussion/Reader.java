package org.outsourcing.lifecycle.discussion;

/** How someone takes part in an engagement's thread. */
public enum Reader {

	/** The company's people who may open the engagement page: read everything, write. */
	COMPANY,
	/** Auditors: read everything, write nothing (they read, never write, everywhere). */
	AUDITOR,
	/**
	 * The engagement's contractor: reads what is meant for them, writes to the company.
	 */
	CONTRACTOR;

	public boolean mayWrite() {
		return this != AUDITOR;
	}

	public boolean readsEverything() {
		return this != CONTRACTOR;
	}

}
