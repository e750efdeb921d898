package org.outsourcing.lifecycle.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: the token's user with the groups the
 * user has now, and which token it was (tokens cannot manage tokens).
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String userId;

	private final String tokenId;

	ApiTokenAuthentication(String userId, String tokenId, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.userId = userId;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.userId;
	}

	String tokenId() {
		return this.tokenId;
	}

}
