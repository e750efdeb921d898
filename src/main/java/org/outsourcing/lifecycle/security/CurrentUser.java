package org.outsourcing.lifecycle.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of a request: the user id and the groups it belongs to, read from the Spring
 * Security authorities {@code GROUP_<groupId>}.
 *
 * <p>
 * Being a contractor or an auditor restricts: a user in one of those groups gets their
 * narrow view even if also in a staff group, unless they are admin.
 */
public record CurrentUser(String id, Set<String> groups) {

	public static CurrentUser of(Authentication authentication) {
		Set<String> groups = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(Groups.AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(Groups.AUTHORITY_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		return new CurrentUser(authentication.getName(), groups);
	}

	/** The authenticated caller; a request without one never reaches the engine. */
	public static CurrentUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new FlowableForbiddenException("Not authenticated");
		}
		return of(authentication);
	}

	/**
	 * Whether the user belongs to one of the product's groups; a user in none sees
	 * nothing of the company.
	 */
	public boolean isMember() {
		return this.groups.stream().anyMatch(Groups.ALL::contains);
	}

	public boolean isAdmin() {
		return this.groups.contains(Groups.ADMIN);
	}

	public boolean isAuditor() {
		return !isAdmin() && this.groups.contains(Groups.AUDITOR);
	}

	public boolean isContractor() {
		return !isAdmin() && this.groups.contains(Groups.CONTRACTOR);
	}

	/**
	 * A member of the company who works on tasks: neither admin, auditor nor contractor.
	 */
	public boolean isStaff() {
		return isMember() && !isAdmin() && !isAuditor() && !isContractor();
	}

	public boolean isIn(String group) {
		return this.groups.contains(group);
	}

}
