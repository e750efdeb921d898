package org.outsourcing.lifecycle.modeling;

import java.util.Map;

import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.RepositoryService;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.core.Groups;
import org.flowable.spring.SpringProcessEngineConfiguration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the running application offers a model. The engine's services are looked up when a
 * deployment is checked: the check is part of the engine they belong to.
 */
@Component
class EngineModelEnvironment implements ModelEnvironment {

	private final BeanFactory beans;

	private final FormRegistry forms;

	private final ObjectProvider<RepositoryService> repository;

	private final ObjectProvider<DmnRepositoryService> decisions;

	private final ObjectProvider<IdentityService> identity;

	private final ObjectProvider<SpringProcessEngineConfiguration> engine;

	EngineModelEnvironment(BeanFactory beans, FormRegistry forms, ObjectProvider<RepositoryService> repository,
			ObjectProvider<DmnRepositoryService> decisions, ObjectProvider<IdentityService> identity,
			ObjectProvider<SpringProcessEngineConfiguration> engine) {
		this.beans = beans;
		this.engine = engine;
		this.forms = forms;
		this.repository = repository;
		this.decisions = decisions;
		this.identity = identity;
	}

	/**
	 * A bean the engine's expressions can reach: when the engine is given an allow-list
	 * of beans (it is, by the security configuration), a model naming any other bean
	 * would fail at run time, so it is refused at deployment.
	 */
	@Override
	public boolean beanExists(String name) {
		SpringProcessEngineConfiguration configuration = this.engine.getIfAvailable();
		Map<Object, Object> reachable = (configuration != null) ? configuration.getBeans() : null;
		return (reachable != null) ? reachable.containsKey(name) : this.beans.containsBean(name);
	}

	/**
	 * The role groups exist from the first start on ({@code UserDirectory} creates them
	 * after the engine, so the start-up deployment cannot ask the IDM engine yet).
	 */
	@Override
	public boolean groupExists(String groupId) {
		return Groups.ALL.contains(groupId)
				|| this.identity.getObject().createGroupQuery().groupId(groupId).count() > 0;
	}

	@Override
	public boolean processDeployed(String processKey) {
		return this.repository.getObject().createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
	}

	@Override
	public boolean decisionDeployed(String decisionKey) {
		return this.decisions.getObject().createDecisionQuery().decisionKey(decisionKey).count() > 0;
	}

	@Override
	public boolean sharedFormExists(String formKey) {
		return this.forms.find(formKey).isPresent();
	}

}
