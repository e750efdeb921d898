package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A UI session keeps the groups its user had at sign-in; the directory may have changed
 * since. At each request this check reads the account again (remembered by
 * {@link DirectoryCache}, which every change through the IDM engine forgets at once), so
 * that an admin's change holds for sessions already open: a disabled or deleted account
 * is signed out and sent to the login page, and changed groups replace those of the
 * session before the request is authorized.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

	static final String SIGNED_OUT = "/login?expired";

	private final IdmUserDetailsService accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SignedInAccountCheck(IdmUserDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = this.contexts.getContext().getAuthentication();
		if (!(signedIn instanceof UsernamePasswordAuthenticationToken) || !signedIn.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		UserDetails account = current(signedIn.getName());
		if (account == null || !account.isEnabled()) {
			signOut(request, response);
			return;
		}
		if (!authorities(account.getAuthorities()).equals(authorities(signedIn.getAuthorities()))) {
			regroup(signedIn, account, request, response);
		}
		chain.doFilter(request, response);
	}

	private UserDetails current(String userId) {
		try {
			return this.accounts.currentAccount(userId);
		}
		catch (UsernameNotFoundException deleted) {
			return null;
		}
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.contexts.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(request.getContextPath() + SIGNED_OUT);
	}

	private void regroup(Authentication signedIn, UserDetails account, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken regrouped = UsernamePasswordAuthenticationToken
			.authenticated(signedIn.getPrincipal(), null, account.getAuthorities());
		regrouped.setDetails(signedIn.getDetails());
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(regrouped);
		this.contexts.setContext(context);
		this.sessions.saveContext(context, request, response);
	}

	private static Set<String> authorities(java.util.Collection<? extends GrantedAuthority> granted) {
		return granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
