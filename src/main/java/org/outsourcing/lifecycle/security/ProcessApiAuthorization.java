package org.outsourcing.lifecycle.security;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Which endpoints of Flowable's REST API ({@code /process-api}) each kind of user may
 * call at all; {@link ProcessApiGrants} then decides which rows they see.
 * <ul>
 * <li>admin: everything;</li>
 * <li>auditor: reading history and the deployed models, nothing else;</li>
 * <li>contractor: listing, claiming and completing their own tasks and reading the shared
 * variables of their tasks and engagements; every other endpoint is refused because its
 * answer could carry data not meant for them;</li>
 * <li>everyone else (staff): every endpoint except the management ones below, which are
 * admin-only;</li>
 * <li>a user in none of the product's groups: nothing.</li>
 * </ul>
 */
@Component
class ProcessApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	static final String BASE = "/process-api";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final PathPatternRequestMatcher.Builder PATH = PathPatternRequestMatcher.withDefaults();

	/**
	 * Deployments, jobs, identity, deletion, migration, and every raw variable write:
	 * values enter a process through its forms.
	 */
	private static final List<RequestMatcher> ADMIN_ONLY = List.of(any("/management/**"), any("/identity/**"),
			any("/repository/models/**"), any("/runtime/executions/**"), any("/runtime/event-subscriptions/**"),
			any("/runtime/signals"), any("/runtime/variable-instances/**"), any("/query/variable-instances"),
			any("/query/executions"), on(HttpMethod.POST, "/repository/deployments/**"),
			on(HttpMethod.DELETE, "/repository/deployments/**"),
			on(HttpMethod.POST, "/repository/process-definitions/**"),
			on(HttpMethod.PUT, "/repository/process-definitions/**"),
			on(HttpMethod.DELETE, "/repository/process-definitions/**"),
			on(HttpMethod.POST, "/runtime/process-instances/*/**"), on(HttpMethod.PUT, "/runtime/process-instances/**"),
			on(HttpMethod.DELETE, "/runtime/process-instances/**"), on(HttpMethod.POST, "/runtime/tasks"),
			on(HttpMethod.PUT, "/runtime/tasks"), on(HttpMethod.DELETE, "/runtime/tasks/*"),
			on(HttpMethod.POST, "/runtime/tasks/*/variables/**"), on(HttpMethod.PUT, "/runtime/tasks/*/variables/**"),
			on(HttpMethod.DELETE, "/runtime/tasks/*/variables/**"),
			on(HttpMethod.POST, "/runtime/tasks/*/identitylinks/**"),
			on(HttpMethod.DELETE, "/runtime/tasks/*/identitylinks/**"), on(HttpMethod.POST, "/history/**"),
			on(HttpMethod.PUT, "/history/**"), on(HttpMethod.DELETE, "/history/**"));

	private static final List<RequestMatcher> AUDITOR = List.of(on(HttpMethod.GET, "/history/**"),
			on(HttpMethod.POST, "/query/historic-*"), on(HttpMethod.GET, "/repository/process-definitions/**"),
			on(HttpMethod.GET, "/repository/deployments/**"));

	private static final List<RequestMatcher> CONTRACTOR = List.of(on(HttpMethod.GET, "/runtime/tasks"),
			on(HttpMethod.POST, "/query/tasks"), on(HttpMethod.GET, "/runtime/tasks/*"),
			on(HttpMethod.POST, "/runtime/tasks/*"), on(HttpMethod.GET, "/runtime/tasks/*/variables"),
			on(HttpMethod.GET, "/runtime/tasks/*/variables/*"), on(HttpMethod.GET, "/runtime/process-instances"),
			on(HttpMethod.POST, "/query/process-instances"), on(HttpMethod.GET, "/runtime/process-instances/*"),
			on(HttpMethod.GET, "/runtime/process-instances/*/variables"),
			on(HttpMethod.GET, "/runtime/process-instances/*/variables/*"));

	/** Starting an engagement or stage is the owner's decision. */
	private static final RequestMatcher START_PROCESS = on(HttpMethod.POST, "/runtime/process-instances");

	@Override
	@SuppressWarnings("deprecation")
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		if (caller == null || !caller.isAuthenticated() || TRUST.isAnonymous(caller)) {
			return new AuthorizationDecision(false);
		}
		return new AuthorizationDecision(allows(CurrentUser.of(caller), context.getRequest()));
	}

	boolean allows(CurrentUser user, HttpServletRequest request) {
		if (!user.isMember()) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		if (user.isAuditor()) {
			return matches(AUDITOR, request);
		}
		if (user.isContractor()) {
			return matches(CONTRACTOR, request);
		}
		if (START_PROCESS.matches(request)) {
			return user.isIn(Groups.OWNER);
		}
		return !matches(ADMIN_ONLY, request);
	}

	private static boolean matches(List<RequestMatcher> matchers, HttpServletRequest request) {
		return matchers.stream().anyMatch((matcher) -> matcher.matches(request));
	}

	private static RequestMatcher any(String pattern) {
		return PATH.matcher(BASE + pattern);
	}

	private static RequestMatcher on(HttpMethod method, String pattern) {
		return PATH.matcher(method, BASE + pattern);
	}

}
