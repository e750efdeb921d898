package org.outsourcing.lifecycle.core;

import org.flowable.common.engine.impl.identity.Authentication;

/**
 * Who is acting: the authenticated user of the request or task completion, else the
 * engine itself.
 */
public final class Actors {

	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static String current() {
		String user = Authentication.getAuthenticatedUserId();
		return (user != null && !user.isBlank()) ? user : SYSTEM;
	}

}
