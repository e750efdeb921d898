package org.outsourcing.lifecycle.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * {@code Authorization: Bearer <token>} on the APIs, with Spring Security's generic
 * {@link AuthenticationFilter}: a request without that header passes on to HTTP Basic
 * untouched; a bearer token that is malformed, unknown, revoked, expired or whose user
 * may not sign in answers 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}.
 */
final class BearerTokens implements AuthenticationConverter {

	private static final String SCHEME = "Bearer ";

	private BearerTokens() {
	}

	static AuthenticationFilter filter(ApiTokens tokens, UserDetailsService users) {
		AuthenticationFilter filter = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users)), new BearerTokens());
		// an authenticated request goes on to its endpoint, nowhere else
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(BearerTokens::refuse));
		return filter;
	}

	@Override
	public Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		String value = header.substring(SCHEME.length()).strip();
		if (value.isEmpty()) {
			throw new BadCredentialsException("The bearer token is empty");
		}
		return new PresentedApiToken(value);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer realm=\"Outsourcing Lifecycle\", error=\"invalid_token\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED, ex.getMessage());
	}

}
