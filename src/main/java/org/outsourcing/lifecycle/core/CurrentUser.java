package org.outsourcing.lifecycle.core;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.outsourcing.lifecycle.core.engine.EngineUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way to know who is calling: the user id and the groups it belongs to, read from
 * the Spring Security authorities {@code GROUP_<groupId>}, and who is acting for the
 * records and the audit trail ({@link #actorId()}).
 *
 * <p>
 * Being a contractor or an auditor restricts: a user in one of those groups gets their
 * narrow view even if also in a staff group, unless they are admin.
 */
public record CurrentUser(String id, Set<String> groups) {

	/** Who acts when no person does: timers, jobs, the engine's own steps. */
	public static final String SYSTEM = "system";

	public static CurrentUser of(Authentication authentication) {
		Set<String> groups = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(Groups.AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(Groups.AUTHORITY_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		return new CurrentUser(authentication.getName(), groups);
	}

	/**
	 * The signed-in caller.
	 * @throws FlowableForbiddenException when nobody is signed in (a request without a
	 * user never reaches the product's controllers)
	 */
	public static CurrentUser get() {
		return signedIn().orElseThrow(() -> new FlowableForbiddenException("Not authenticated"));
	}

	/**
	 * The person signed in for this request or task completion; none for the engine's own
	 * work (timers, jobs) and for anonymous requests.
	 */
	public static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(of(authentication));
	}

	/**
	 * Who acts, for records and the audit trail: the user the engine was told about (a
	 * completion on behalf of a user), else the signed-in user, else {@link #SYSTEM}.
	 */
	public static String actorId() {
		return actorIdOr(null);
	}

	/**
	 * Who acts, with the fallback the caller knows (a task's assignee) before
	 * {@link #SYSTEM}.
	 */
	public static String actorIdOr(String fallback) {
		String engineUser = EngineUser.current();
		if (engineUser != null && !engineUser.isBlank()) {
			return engineUser;
		}
		return signedIn().map(CurrentUser::id)
			.filter((id) -> !id.isBlank())
			.orElse((fallback != null && !fallback.isBlank()) ? fallback : SYSTEM);
	}

	/**
	 * Runs the action with the engine told that this user acts (the history's assignee,
	 * the audit trail's actor), then restores who acted before.
	 */
	public static void actingAs(String userId, Runnable action) {
		String previous = EngineUser.current();
		if (userId.equals(previous)) {
			// With Spring Security the engine's user is the request's: setting it would
			// replace the signed-in user (with authorities) of the web session by a bare
			// name, and every later request of that session would be refused.
			action.run();
			return;
		}
		EngineUser.set(userId);
		try {
			action.run();
		}
		finally {
			EngineUser.set(previous);
		}
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
