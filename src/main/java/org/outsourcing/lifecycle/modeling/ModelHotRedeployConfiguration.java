package org.outsourcing.lifecycle.modeling;

import java.nio.file.Path;
import java.time.Duration;

import org.flowable.engine.RepositoryService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Hot redeploy of {@code processes/} and {@code forms/} ({@link ModelHotRedeploy}) is for
 * development: on in the default profile (no profile active), off under any profile
 * ({@code prod}, {@code postgres}, the tests' {@code test}) unless
 * {@code lifecycle.models.hot-redeploy.enabled} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class ModelHotRedeployConfiguration {

	static final String ENABLED = "lifecycle.models.hot-redeploy.enabled";

	@Bean
	@Conditional(Wanted.class)
	ModelHotRedeploy modelHotRedeploy(RepositoryService repository, Environment environment) {
		return new ModelHotRedeploy(repository,
				Path.of(environment.getProperty("lifecycle.models.hot-redeploy.directory", ".")), environment
					.getProperty("lifecycle.models.hot-redeploy.debounce", Duration.class, Duration.ofMillis(500)));
	}

	/** Whether this environment wants the models redeployed when their files change. */
	static boolean wanted(Environment environment) {
		String explicit = environment.getProperty(ENABLED);
		if (explicit != null) {
			return Boolean.parseBoolean(explicit.trim());
		}
		return environment.getActiveProfiles().length == 0;
	}

	static class Wanted implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return wanted(context.getEnvironment());
		}

	}

}
