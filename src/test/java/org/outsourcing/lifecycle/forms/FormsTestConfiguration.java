package org.outsourcing.lifecycle.forms;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The form tests' context: the {@link FormBench}, and the REST interfaces called as the
 * owner over HTTP Basic. Who may do what is the security feature's business and tested
 * there; this chain only authenticates.
 */
@TestConfiguration(proxyBeanMethods = false)
class FormsTestConfiguration {

	static final String USER = "owner";

	static final String PASSWORD = "demo";

	@Bean
	FormBench formBench(RepositoryService repository, RuntimeService runtime, TaskService tasks,
			FormRegistry registry) {
		return new FormBench(repository, runtime, tasks, registry);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain formsTestChain(HttpSecurity http, ObjectProvider<PasswordEncoder> encoder) throws Exception {
		// Flowable's starter brings its own password encoder; store the password its way.
		String password = encoder.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder)
			.encode(PASSWORD);
		return http.securityMatcher("/api/**", "/process-api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.userDetailsService(
					new InMemoryUserDetailsManager(User.withUsername(USER).password(password).roles("owner").build()))
			.build();
	}

}
