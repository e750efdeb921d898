package org.outsourcing.lifecycle.security;

import jakarta.servlet.DispatcherType;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in, nothing anonymous but the login page, static assets, the health check, the
 * careers page and the one-time password links:
 * <ul>
 * <li>the APIs ({@code /process-api/**}, {@code /api/**}, {@code /external-job-api/**}):
 * HTTP Basic or a personal API token ({@code Authorization: Bearer},
 * {@link BearerTokens}), no session, no CSRF (no cookie to forge), 401 without
 * credentials;</li>
 * <li>everything else, the UI: form login at {@code /login}, session, CSRF.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The UI's pages load scripts, styles and images from this application only: no
	 * inline script or style attribute, no framing, forms post only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** A year of HTTPS only, once a browser has seen the production site. */
	private static final long HSTS_MAX_AGE = 31_536_000;

	private final boolean production;

	SecurityConfiguration(Environment environment) {
		this.production = environment.acceptsProfiles(Profiles.of("prod"));
	}

	/**
	 * BCrypt for the login and, through Flowable's Spring Boot auto-configuration (which
	 * wraps this bean in a {@code SpringEncoder}), for the passwords the IDM engine
	 * stores.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new BCryptPasswordEncoder(properties.bcryptStrength());
	}

	/**
	 * No Micrometer observation around each of Spring Security's filters, its
	 * authentication and its authorization: with the actuator on the class path they were
	 * recorded at every request, nothing reads them, and they cost a measurable share of
	 * an authenticated API call (README, "How fast"). Requests are still observed as a
	 * whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProcessApiAuthorization processApi, ApiTokens tokens,
			UserDetailsService users) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		// tokens are managed with the password: a stolen token cannot make itself a
		// successor
		AuthorizationManager<RequestAuthorizationContext> ownTokens = withPassword(member());
		AuthorizationManager<RequestAuthorizationContext> everyonesTokens = withPassword(
				AuthorityAuthorizationManager.hasAuthority(Groups.authority(Groups.ADMIN)));
		RequestMatcher apis = new OrRequestMatcher(path.matcher(ProcessApiAuthorization.BASE + "/**"),
				path.matcher("/api/**"), path.matcher("/external-job-api/**"));
		return http.securityMatcher(apis)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(path.matcher(ProcessApiAuthorization.BASE + "/**"))
						.access(processApi)
						.requestMatchers(path.matcher("/api/admin/tokens/**"))
						.access(everyonesTokens)
						.requestMatchers(path.matcher("/api/tokens/**"))
						.access(ownTokens)
						.requestMatchers(path.matcher("/api/admin/**"), path.matcher("/external-job-api/**"))
						.hasAuthority(Groups.authority(Groups.ADMIN))
						// the whole story of an engagement is for those who account for
						// it
						.requestMatchers(path.matcher("/api/engagements/*/audit"), path.matcher("/api/audit/**"),
								path.matcher("/api/kpis"))
						.hasAnyAuthority(Groups.authority(Groups.AUDITOR), Groups.authority(Groups.OWNER),
								Groups.authority(Groups.ADMIN))
						.requestMatchers(path.matcher("/api/invoices/**"), path.matcher("/api/engagements/*/invoices"))
						.hasAnyAuthority(Groups.authority(Groups.FINANCE), Groups.authority(Groups.OWNER),
								Groups.authority(Groups.AUDITOR), Groups.authority(Groups.ADMIN))
						.requestMatchers(path.matcher(HttpMethod.POST, "/api/processes/*/start-form"))
						.hasAnyAuthority(Groups.authority(Groups.OWNER), Groups.authority(Groups.ADMIN))
						// the company gives notice through the owner; a contractor only
						// for their own
						// engagement, which the notice controller checks
						.requestMatchers(path.matcher(HttpMethod.POST, "/api/engagements/*/notice"))
						.hasAnyAuthority(Groups.authority(Groups.OWNER), Groups.authority(Groups.ADMIN),
								Groups.authority(Groups.CONTRACTOR))
						// everyone marks their own notifications read, auditors too
						.requestMatchers(path.matcher(HttpMethod.POST, "/api/notifications/**"))
						.access(member())
						// auditors read, never write; anonymous callers are no auditors
						// either, so the rule asks for a signed-in member first
						.requestMatchers(path.matcher(HttpMethod.POST, "/api/**"))
						.access(AuthorizationManagers.allOf(member(),
								AuthorizationManagers
									.not(AuthorityAuthorizationManager.hasAuthority(Groups.authority(Groups.AUDITOR)))))
						.anyRequest()
						.access(member()))
			.httpBasic((basic) -> basic.realmName("Outsourcing Lifecycle"))
			.addFilterBefore(BearerTokens.filter(tokens, users), BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers(this::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiSecurity(HttpSecurity http, IdmUserDetailsService accounts) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		return http
			.authorizeHttpRequests(
					(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers(path.matcher("/login"), path.matcher("/css/**"), path.matcher("/js/**"),
								path.matcher("/images/**"), path.matcher("/webjars/**"), path.matcher("/favicon.ico"))
						.permitAll()
						.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
						.permitAll()
						// the careers page and the one-time password links are for people
						// without an account yet (web.CareersController,
						// PasswordController)
						.requestMatchers(path.matcher("/careers"), path.matcher("/careers/**"),
								path.matcher(PasswordLinks.PAGE))
						.permitAll()
						// the web UI's pages (package web) by role
						.requestMatchers(path.matcher("/operations/**"))
						.hasAuthority(Groups.authority(Groups.ADMIN))
						.requestMatchers(path.matcher("/engagements/new"))
						.hasAuthority(Groups.authority(Groups.OWNER))
						.requestMatchers(path.matcher("/kpis"), path.matcher("/engagements/{id}/audit"),
								path.matcher("/engagements/{id}/audit.*"))
						.hasAnyAuthority(Groups.authority(Groups.AUDITOR), Groups.authority(Groups.OWNER),
								Groups.authority(Groups.ADMIN))
						// a signed contract is also its contractor's
						// (contract.ContractDocuments)
						.requestMatchers(path.matcher("/engagements/{id}/contract.pdf"))
						.access(member())
						.requestMatchers(path.matcher("/engagements/**"))
						.access(staff())
						.anyRequest()
						.access(member()))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			// a session follows the directory: an admin's change holds at its next
			// request
			.addFilterBefore(new SignedInAccountCheck(accounts), AuthorizationFilter.class)
			// an expired session goes back to the login page, also on a form's POST
			// (whose CSRF token died with the session), and nothing of it is kept
			.sessionManagement((session) -> session.invalidSessionUrl("/login?expired"))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.headers(this::headers)
			.build();
	}

	/**
	 * In production HSTS goes out on every answer: TLS ends at a proxy in front of the
	 * application, so the request itself does not look secure here.
	 */
	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
		if (this.production) {
			headers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(HSTS_MAX_AGE)
				.includeSubDomains(true));
		}
	}

	/** The company's people: everyone but contractors, who see only their own tasks. */
	private static AuthorizationManager<RequestAuthorizationContext> staff() {
		return (authentication, context) -> {
			Authentication user = authentication.get();
			boolean allowed = signedIn(user) && CurrentUser.of(user).isMember() && !CurrentUser.of(user).isContractor();
			return new AuthorizationDecision(allowed);
		};
	}

	/**
	 * A signed-in user of one of the product's groups. Anonymous callers are refused
	 * first (401); a user in no group sees nothing (403).
	 */
	private static AuthorizationManager<RequestAuthorizationContext> member() {
		return (authentication, context) -> {
			Authentication user = authentication.get();
			return new AuthorizationDecision(signedIn(user) && CurrentUser.of(user).isMember());
		};
	}

	/** Allowed by the rule, and signed in with a password, not an API token. */
	private static AuthorizationManager<RequestAuthorizationContext> withPassword(
			AuthorizationManager<RequestAuthorizationContext> rule) {
		return AuthorizationManagers.allOf(rule, (authentication,
				context) -> new AuthorizationDecision(!(authentication.get() instanceof ApiTokenAuthentication)));
	}

	private static boolean signedIn(Authentication user) {
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

}
