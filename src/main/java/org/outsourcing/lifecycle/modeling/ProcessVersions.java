package org.outsourcing.lifecycle.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Service;

/**
 * Which versions of each process are deployed, how many instances run on each, and what
 * changed between two of them.
 */
@Service
public class ProcessVersions {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	ProcessVersions(RepositoryService repository, RuntimeService runtime) {
		this.repository = repository;
		this.runtime = runtime;
	}

	/** Every process key with its versions, newest first. */
	public Map<String, List<ProcessVersion>> all() {
		Map<String, List<ProcessVersion>> processes = new TreeMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()) {
			processes.put(definition.getKey(), versions(definition.getKey()));
		}
		return processes;
	}

	/** The versions of one process, newest first; unknown key: 404. */
	public List<ProcessVersion> versions(String processKey) {
		List<ProcessDefinition> definitions = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.orderByProcessDefinitionVersion()
			.desc()
			.list();
		if (definitions.isEmpty()) {
			throw new FlowableObjectNotFoundException("There is no process '" + processKey + "'",
					ProcessDefinition.class);
		}
		int latest = definitions.get(0).getVersion();
		List<ProcessVersion> versions = new ArrayList<>();
		for (ProcessDefinition definition : definitions) {
			Deployment deployment = this.repository.createDeploymentQuery()
				.deploymentId(definition.getDeploymentId())
				.singleResult();
			long running = this.runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
			versions.add(new ProcessVersion(processKey, definition.getVersion(), definition.getName(),
					definition.getId(), definition.getDeploymentId(), deployment.getName(),
					deployment.getDeploymentTime().toInstant(), running, definition.getVersion() == latest));
		}
		return versions;
	}

	/** This version of the process; unknown: 404. */
	public ProcessDefinition definition(String processKey, int version) {
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.processDefinitionVersion(version)
			.singleResult();
		if (definition == null) {
			throw new FlowableObjectNotFoundException(
					"Process '" + processKey + "' has no version " + version + "; see its versions for those deployed",
					ProcessDefinition.class);
		}
		return definition;
	}

	/** What changed from one version to another. */
	public List<ElementChange> difference(String processKey, int from, int to) {
		if (from == to) {
			throw new FlowableIllegalArgumentException("Choose two different versions to compare");
		}
		return ModelComparison.between(this.repository.getBpmnModel(definition(processKey, from).getId()),
				this.repository.getBpmnModel(definition(processKey, to).getId()));
	}

}
