package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.spring.SpringIdmEngineConfiguration;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What reaches the engine's expression language: variable names are identifiers on every
 * command ({@link VariableNameCheck}), and expressions see only the beans of
 * {@link ExpressionBeans}; accounts that people create follow {@link AccountRules}.
 */
@Configuration(proxyBeanMethods = false)
class EngineSecurityConfiguration {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> expressionsReachOnlyTheModelsBeans(
			BeanFactory beans) {
		return (configuration) -> {
			configuration.setBeans(new ExpressionBeans(beans));
			CommandSteps.aroundTransaction(configuration, new VariableNameCheck());
		};
	}

	@Bean
	EngineConfigurationConfigurer<SpringIdmEngineConfiguration> accountsSetByPeopleFollowTheRules(
			PasswordPolicy passwords, ObjectProvider<IdmIdentityService> identity) {
		return (configuration) -> CommandSteps.aroundTransaction(configuration, new AccountRules(passwords,
				(userId) -> identity.getObject().createUserQuery().userId(userId).count() > 0));
	}

	@Bean
	EngineConfigurationConfigurer<SpringIdmEngineConfiguration> directoryChangesForgetRememberedAccounts(
			DirectoryCache accounts) {
		return (configuration) -> CommandSteps.aroundTransaction(configuration, new DirectoryChanges(accounts));
	}

}
