package org.outsourcing.lifecycle.config;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that have no Spring Boot property. */
@Configuration(proxyBeanMethods = false)
class ProcessEngineSettings {

	/**
	 * Entity links record which tasks and stage processes belong to which engagement, so
	 * that one query finds every open task of an engagement across the stages it called.
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> engagementWideQueries() {
		return (configuration) -> configuration.setEnableEntityLinks(true);
	}

}
