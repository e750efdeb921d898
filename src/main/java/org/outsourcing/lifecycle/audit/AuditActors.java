package org.outsourcing.lifecycle.audit;

import org.flowable.common.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did it: the user the engine was told about, else the user of the web request, else
 * the fallback the caller knows (a task's assignee), else the system (timers, jobs).
 */
public final class AuditActors {

	public static final String SYSTEM = "system";

	private AuditActors() {
	}

	public static String current() {
		return currentOr(null);
	}

	public static String currentOr(String fallback) {
		String engineUser = Authentication.getAuthenticatedUserId();
		if (engineUser != null && !engineUser.isBlank()) {
			return engineUser;
		}
		org.springframework.security.core.Authentication web = SecurityContextHolder.getContext().getAuthentication();
		if (web != null && web.isAuthenticated() && !(web instanceof AnonymousAuthenticationToken)
				&& web.getName() != null) {
			return web.getName();
		}
		return (fallback != null && !fallback.isBlank()) ? fallback : SYSTEM;
	}

}
