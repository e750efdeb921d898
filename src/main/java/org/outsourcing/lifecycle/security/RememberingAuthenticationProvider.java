package org.outsourcing.lifecycle.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Spring Security's user name and password check with one change: a password verified a
 * moment ago is not verified again ({@link VerifiedPasswords}). Everything else is still
 * done on every request: the user, their groups and the lockout are read from the
 * directory, so a removed group, a disabled user or a locked account take effect at the
 * next call; a changed password no longer matches what was remembered.
 */
@Component
class RememberingAuthenticationProvider extends DaoAuthenticationProvider {

	private final VerifiedPasswords verified;

	RememberingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			SecurityProperties properties) {
		super(users);
		setPasswordEncoder(passwordEncoder);
		this.verified = new VerifiedPasswords(properties.rememberVerifiedPasswordFor(), 10_000);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		Object credentials = authentication.getCredentials();
		if (credentials != null && user.getPassword() != null
				&& this.verified.remembers(user.getUsername(), credentials.toString(), user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		this.verified.remember(user.getUsername(), credentials.toString(), user.getPassword());
	}

	/** A failed attempt, or a locked account, forgets what was remembered of the user. */
	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		forget(event.getAuthentication().getName());
	}

	void forget(String username) {
		if (username != null) {
			this.verified.forget(username);
		}
	}

	long remembered() {
		return this.verified.size();
	}

}
