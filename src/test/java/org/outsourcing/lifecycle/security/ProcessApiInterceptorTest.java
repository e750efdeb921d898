package org.outsourcing.lifecycle.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.rest.service.api.BpmnRestApiInterceptor;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The REST API interceptor is deny by default: what {@link ProcessApiGrants} does not
 * grant is for admins only, and every grant still names a method of Flowable's
 * interceptor (an upgrade that renames or changes one fails here and at start-up). The
 * granted rules themselves are tested through the API in
 * {@link ProcessApiAccessMatrixTest} and {@link ProcessDataVisibilityTest}.
 */
class ProcessApiInterceptorTest {

	private static final List<String> NOT_ADMINS = List.of(Groups.OWNER, Groups.RECRUITER, Groups.LIAISON,
			Groups.CONTRACTOR, Groups.AUDITOR);

	private final Map<Method, Method> granted = ProcessApiInterceptor.granted(ProcessApiGrants.class);

	private final BpmnRestApiInterceptor interceptor = ProcessApiInterceptor
		.granting(new ProcessApiGrants(null, null, null, null));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyGrantNamesAnInterceptorMethod() {
		assertThat(this.granted).hasSize(38);
		assertThat(this.granted.keySet())
			.allMatch((method) -> method.getDeclaringClass() == BpmnRestApiInterceptor.class);
	}

	@Test
	void everyMethodNotGrantedIsForAdminsOnly() throws Exception {
		List<Method> adminOnly = Arrays.stream(BpmnRestApiInterceptor.class.getMethods())
			.filter((method) -> !this.granted.containsKey(method))
			.toList();
		assertThat(adminOnly).hasSize(BpmnRestApiInterceptor.class.getMethods().length - 38)
			.extracting(Method::getName)
			.contains("deleteTask", "createTaskVariables", "changeActivityState", "accessJobInfoById", "createUser",
					"enhanceDeployment", "migrateProcessInstance", "deleteHistoricProcess");
		for (Method method : adminOnly) {
			Object[] args = new Object[method.getParameterCount()];
			for (String group : NOT_ADMINS) {
				signIn(group);
				assertThatThrownBy(() -> method.invoke(this.interceptor, args)).as(method.getName() + " as " + group)
					.cause()
					.isInstanceOf(FlowableForbiddenException.class);
			}
			signIn(Groups.ADMIN);
			assertThatCode(() -> method.invoke(this.interceptor, args)).as(method.getName() + " as admin")
				.doesNotThrowAnyException();
		}
	}

	@Test
	void aMethodAnUpgradeAddsIsForAdminsOnly() throws Throwable {
		ProcessApiInterceptor handler = new ProcessApiInterceptor(new Object(), Map.of());
		Method added = NewerInterceptor.class.getMethod("accessSomethingNew", Task.class);
		signIn(Groups.OWNER);
		assertThatThrownBy(() -> handler.invoke(this.interceptor, added, new Object[] { null }))
			.isInstanceOf(FlowableForbiddenException.class);
	}

	@Test
	void aGrantThatMatchesNoInterceptorMethodStopsTheStart() {
		assertThatThrownBy(() -> ProcessApiInterceptor.granted(RenamedGrant.class))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("accessTaskById")
			.hasMessageContaining("did a Flowable upgrade rename or change it?");
	}

	private static void signIn(String group) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(group, null,
					List.of(new SimpleGrantedAuthority(Groups.AUTHORITY_PREFIX + group))));
	}

	interface NewerInterceptor extends BpmnRestApiInterceptor {

		default void accessSomethingNew(Task task) {
		}

	}

	static class RenamedGrant {

		public void accessTaskById(Task task) {
		}

	}

}
