package org.outsourcing.lifecycle.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.outsourcing.lifecycle.core.Engagements;
import org.springframework.stereotype.Component;

/**
 * The words people use for a process instance: the stage (its process definition's name)
 * and the engagement it belongs to (the top-level instance and its record's title).
 */
@Component
class ProcessNames {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final Engagements engagements;

	ProcessNames(RepositoryService repository, RuntimeService runtime, Engagements engagements) {
		this.repository = repository;
		this.runtime = runtime;
		this.engagements = engagements;
	}

	/** The engine caches deployed definitions, so this costs no query after the first. */
	Stage stage(String processDefinitionId) {
		if (processDefinitionId == null) {
			return new Stage(null, "");
		}
		ProcessDefinition definition = this.repository.getProcessDefinition(processDefinitionId);
		String name = (definition.getName() != null) ? definition.getName() : definition.getKey();
		return new Stage(definition.getKey(), name);
	}

	/** The engagement of each running process instance, keyed by its id. */
	Map<String, Engagement> engagementsOf(Set<String> processInstanceIds) {
		Map<String, Engagement> byInstance = new HashMap<>();
		if (processInstanceIds.isEmpty()) {
			return byInstance;
		}
		Map<String, Engagement> byRoot = new HashMap<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceIds(processInstanceIds)
			.list()) {
			String root = (instance.getRootProcessInstanceId() != null) ? instance.getRootProcessInstanceId()
					: instance.getId();
			byInstance.put(instance.getId(), byRoot.computeIfAbsent(root, this::engagement));
		}
		return byInstance;
	}

	Engagement engagement(String engagementId) {
		String title = this.engagements.find(engagementId)
			.map(org.outsourcing.lifecycle.core.Engagement::title)
			.orElse(null);
		return new Engagement(engagementId, (title != null) ? title : "Engagement " + engagementId);
	}

	record Stage(String key, String name) {
	}

	record Engagement(String id, String title) {
	}

}
