package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.IdmIdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the outcome of every login attempt (form or HTTP Basic) to {@link LoginAttempts}.
 */
@Component
class LoginAttemptListener {

	private final LoginAttempts loginAttempts;

	private final IdmIdentityService identity;

	LoginAttemptListener(LoginAttempts loginAttempts, IdmIdentityService identity) {
		this.loginAttempts = loginAttempts;
		this.identity = identity;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String userId = event.getAuthentication().getName();
		// Guessed names of users that do not exist leave no rows behind.
		if (userId != null && this.identity.createUserQuery().userId(userId).count() == 1) {
			this.loginAttempts.failed(userId);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.loginAttempts.succeeded(event.getAuthentication().getName());
	}

}
