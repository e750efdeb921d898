package org.outsourcing.lifecycle.security;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What reaches the engine's expression language: variable names are identifiers on every
 * command ({@link VariableNameCheck}), and expressions see only the beans of
 * {@link ExpressionBeans}.
 */
@Configuration(proxyBeanMethods = false)
class EngineSecurityConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> expressionsReachOnlyTheModelsBeans(
			BeanFactory beans) {
		return (configuration) -> {
			configuration.setBeans(new ExpressionBeans(beans));
			configuration.addCustomPreCommandInterceptor(new VariableNameCheck());
		};
	}

}
