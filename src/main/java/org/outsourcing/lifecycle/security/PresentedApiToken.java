package org.outsourcing.lifecycle.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * What a caller sent as {@code Authorization: Bearer …}, not yet checked. Its string form
 * (Spring Security's) never shows the value.
 */
final class PresentedApiToken extends AbstractAuthenticationToken {

	private String value;

	PresentedApiToken(String value) {
		super(List.of());
		this.value = value;
		setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return this.value;
	}

	@Override
	public Object getPrincipal() {
		return "API token";
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.value = null;
	}

}
