package org.outsourcing.lifecycle.recruitment;

public enum JobAdStatus {

	/** Applications are accepted until the window closes. */
	OPEN,
	/** The application window closed. */
	CLOSED,
	/** Closed without applications and not reposted. */
	CANCELLED

}
