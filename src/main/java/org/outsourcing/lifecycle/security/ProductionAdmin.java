package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.core.Groups;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The {@code prod} profile: no demo users, and an {@code admin} account whose password
 * comes from configuration ({@code lifecycle.security.admin-password}). Without that
 * password the application refuses to start, before the engine boots, rather than run
 * with an account nobody can use or with a guessable default.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionAdmin {

	static final String ADMIN_PASSWORD_PROPERTY = "lifecycle.security.admin-password";

	@Bean
	static BeanFactoryPostProcessor adminPasswordRequired(Environment environment) {
		return (beanFactory) -> {
			if (!StringUtils.hasText(environment.getProperty(ADMIN_PASSWORD_PROPERTY))) {
				throw new IllegalStateException(
						"The prod profile needs an admin password: set " + ADMIN_PASSWORD_PROPERTY
								+ " (e.g. the environment variable LIFECYCLE_SECURITY_ADMIN_PASSWORD)");
			}
		};
	}

	/** Creates the admin, or sets its password from configuration on every start. */
	@Bean
	SmartInitializingSingleton adminAccount(UserDirectory directory, SecurityProperties properties) {
		return () -> {
			if (!directory.ensureUser(Groups.ADMIN, properties.adminPassword(), null, Groups.ADMIN)) {
				directory.changePassword(Groups.ADMIN, properties.adminPassword());
			}
		};
	}

}
