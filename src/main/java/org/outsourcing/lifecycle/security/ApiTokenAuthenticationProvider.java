package org.outsourcing.lifecycle.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Checks a presented API token ({@link ApiTokens#verify}) and authenticates its user as
 * the directory knows them now: a deleted user, one without a password, or a name that
 * must wait after failed logins from this address is refused like a bad token; the groups
 * are the user's current ones. Not a Spring bean: Spring Boot wires a single
 * {@code AuthenticationProvider} bean into HTTP Basic, which stays the password check.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private static final String REFUSED = "The API token is unknown, revoked or expired";

	private final ApiTokens tokens;

	private final UserDetailsService users;

	private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

	ApiTokenAuthenticationProvider(ApiTokens tokens, UserDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Object presented = authentication.getCredentials();
		ApiToken token = this.tokens.verify((presented != null) ? presented.toString() : "")
			.orElseThrow(() -> new BadCredentialsException(REFUSED));
		UserDetails user;
		try {
			user = this.users.loadUserByUsername(token.userId());
		}
		catch (UsernameNotFoundException ex) {
			throw new BadCredentialsException(REFUSED);
		}
		this.accountStatus.check(user);
		this.tokens.used(token);
		return new ApiTokenAuthentication(user.getUsername(), token.id(), user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PresentedApiToken.class.isAssignableFrom(authentication);
	}

}
