package org.outsourcing.lifecycle.modeling;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.impl.EngineDeployer;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the model rules in front of every deployment the engine makes. */
@Configuration(proxyBeanMethods = false)
class ModelingEngineConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> modelRulesOnEveryDeployment(ModelRules rules) {
		return (configuration) -> {
			List<EngineDeployer> before = new ArrayList<>();
			if (configuration.getCustomPreDeployers() != null) {
				before.addAll(configuration.getCustomPreDeployers());
			}
			before.add(new ValidatingDeployer(rules));
			configuration.setCustomPreDeployers(before);
		};
	}

}
