package org.outsourcing.lifecycle.modeling;

import java.util.List;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.engine.DeploymentChecks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the model rules in front of every deployment the engine makes: a deployment with a
 * problem is refused with every problem, and nothing of it is deployed.
 */
@Configuration(proxyBeanMethods = false)
class ModelingEngineConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> modelRulesOnEveryDeployment(ModelRules rules) {
		return (configuration) -> DeploymentChecks.beforeEveryDeployment(configuration, (files) -> {
			List<ModelProblem> problems = rules.check(files);
			if (!problems.isEmpty()) {
				throw new ModelValidationException(problems);
			}
		});
	}

}
