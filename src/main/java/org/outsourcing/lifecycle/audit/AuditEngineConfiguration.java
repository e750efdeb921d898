package org.outsourcing.lifecycle.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the audit listener on the engine for the event types it records. */
@Configuration(proxyBeanMethods = false)
class AuditEngineConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> auditTrailListener(AuditEventListener listener) {
		return (configuration) -> {
			Map<String, List<FlowableEventListener>> typed = new HashMap<>();
			if (configuration.getTypedEventListeners() != null) {
				configuration.getTypedEventListeners()
					.forEach((type, listeners) -> typed.put(type, new ArrayList<>(listeners)));
			}
			AuditEventListener.TYPES
				.forEach((type) -> typed.computeIfAbsent(type.name(), (name) -> new ArrayList<>()).add(listener));
			configuration.setTypedEventListeners(typed);
		};
	}

}
