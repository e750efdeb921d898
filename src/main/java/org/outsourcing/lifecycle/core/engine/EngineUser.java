package org.outsourcing.lifecycle.core.engine;

import org.flowable.common.engine.impl.identity.Authentication;

/**
 * The user the engine records as acting (a process's starter, a task's completer in the
 * history, the audit trail's actor). Flowable's public API only sets it
 * ({@code IdentityService.setAuthenticatedUserId}); reading it, and setting it where no
 * service is at hand, needs the internal {@link Authentication}, which this adapter alone
 * uses ({@code EngineUserTest} fails when an upgrade changes it). With Spring Security
 * the engine's user is the request's security context.
 */
public final class EngineUser {

	private EngineUser() {
	}

	/** The user the engine was told about, or null. */
	public static String current() {
		return Authentication.getAuthenticatedUserId();
	}

	/** Tells the engine who acts from now on in this thread; null for nobody. */
	public static void set(String userId) {
		Authentication.setAuthenticatedUserId(userId);
	}

}
