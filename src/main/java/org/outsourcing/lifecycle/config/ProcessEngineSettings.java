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

	/**
	 * The engine would draw a PNG of every process definition it deploys and store it
	 * with the deployment: a sixth of the start on a fresh database (and of every
	 * redeployment), for an image nothing shows. The product draws its diagrams itself,
	 * labelled and with the path taken ({@code diagram.DiagramRenderer}, the bpmn-js
	 * viewer); Flowable's {@code /process-api/.../image} therefore answers 404 (README,
	 * "REST").
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> noStoredDiagramImages() {
		return (configuration) -> configuration.setCreateDiagramOnDeploy(false);
	}

}
