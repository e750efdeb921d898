package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Service;

/**
 * What the in-app modeler asks of the server for a process edited in the browser: the
 * problems the {@link ModelRules} find in it, what changed against a deployed version,
 * and its deployment through the same validating path as every other deployment. The
 * edited file is always {@code <processKey>.bpmn20.xml} and must hold that process.
 */
@Service
class ModelEditor {

	private final ModelRules rules;

	private final ProcessVersions versions;

	private final ModelDeployments deployments;

	private final RepositoryService repository;

	ModelEditor(ModelRules rules, ProcessVersions versions, ModelDeployments deployments,
			RepositoryService repository) {
		this.rules = rules;
		this.versions = versions;
		this.deployments = deployments;
		this.repository = repository;
	}

	/** Every rule the edited model breaks; empty when it may be deployed. */
	List<ModelProblem> validate(String processKey, byte[] model) {
		return this.rules.check(Map.of(fileName(processKey), model));
	}

	/** What the edited model changes against this deployed version of the process. */
	List<ElementChange> changes(String processKey, int version, byte[] model) {
		BpmnModel deployed = this.repository.getBpmnModel(this.versions.definition(processKey, version).getId());
		return ModelComparison.between(deployed, read(processKey, model));
	}

	/**
	 * Deploys the edited model as the next version of the process; refused with every
	 * problem when it breaks a rule, and then nothing is deployed.
	 */
	ProcessVersion deploy(String processKey, byte[] model) {
		read(processKey, model);
		Deployment deployment = this.deployments.deploy(fileName(processKey), model);
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.processDefinitionKey(processKey)
			.singleResult();
		return this.versions.versions(processKey)
			.stream()
			.filter((version) -> version.version() == definition.getVersion())
			.findFirst()
			.orElseThrow();
	}

	private static BpmnModel read(String processKey, byte[] model) {
		BpmnModel read;
		try {
			read = ModelRules.read(model);
		}
		catch (FlowableIllegalArgumentException ex) {
			throw new FlowableIllegalArgumentException("model: " + ex.getMessage());
		}
		if (read.getProcessById(processKey) == null) {
			throw new FlowableIllegalArgumentException("model: holds no process with the id '" + processKey
					+ "'; the editor deploys the process it opened (keep the process id)");
		}
		return read;
	}

	private static String fileName(String processKey) {
		return processKey + ".bpmn20.xml";
	}

}
