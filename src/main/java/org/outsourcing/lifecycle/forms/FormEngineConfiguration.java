package org.outsourcing.lifecycle.forms;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.engine.CommandSteps;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hooks the forms into the process engine (see {@link FormCommandInterceptor}). */
@Configuration(proxyBeanMethods = false)
class FormEngineConfiguration {

	/**
	 * The conflict check wraps the whole command, transaction included, so it sees what a
	 * competing completion committed. The form step runs inside the command's context and
	 * transaction, so it reads the task the command will change and its refusal rolls
	 * back everything.
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> formsOnEveryCompletion(FormRegistry registry,
			FormValidator validator, FormOptions options, ObjectProvider<TaskConflicts> conflicts) {
		return (configuration) -> {
			CommandSteps.aroundTransaction(configuration, new TaskConflictInterceptor(conflicts::getObject));
			CommandSteps.insideTransaction(configuration, new FormCommandInterceptor(registry, validator, options));
		};
	}

}
