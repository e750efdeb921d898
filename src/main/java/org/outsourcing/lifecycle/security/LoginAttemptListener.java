package org.outsourcing.lifecycle.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the outcome of every login attempt (form or HTTP Basic) to {@link LoginAttempts},
 * with the client address the request came from. Failures count for names that do not
 * exist too: treating them differently would tell which names do.
 */
@Component
class LoginAttemptListener {

	private final LoginAttempts loginAttempts;

	LoginAttemptListener(LoginAttempts loginAttempts) {
		this.loginAttempts = loginAttempts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String userId = event.getAuthentication().getName();
		if (userId != null) {
			this.loginAttempts.failed(userId, clientAddress(event));
		}
	}

	/**
	 * Only a right password forgives the failed ones: a valid API token says nothing
	 * about passwords, and if it reset the count, anyone guessing from the address of a
	 * script that uses a token could guess for ever.
	 */
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.loginAttempts.succeeded(event.getAuthentication().getName(), clientAddress(event));
		}
	}

	static String clientAddress(AbstractAuthenticationEvent event) {
		return (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
	}

}
