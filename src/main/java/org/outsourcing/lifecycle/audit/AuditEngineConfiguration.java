package org.outsourcing.lifecycle.audit;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.TypedEventListeners;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the audit listener on the engine for the event types it records. */
@Configuration(proxyBeanMethods = false)
class AuditEngineConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> auditTrailListener(AuditEventListener listener) {
		return (configuration) -> TypedEventListeners.add(configuration, listener, AuditEventListener.TYPES);
	}

}
