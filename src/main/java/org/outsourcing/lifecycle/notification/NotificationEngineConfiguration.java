package org.outsourcing.lifecycle.notification;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.TypedEventListeners;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link TaskNotifications} on the engine for the task events it reads. */
@Configuration(proxyBeanMethods = false)
class NotificationEngineConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> taskNotificationListener(
			TaskNotifications listener) {
		return (configuration) -> TypedEventListeners.add(configuration, listener, TaskNotifications.TYPES);
	}

}
