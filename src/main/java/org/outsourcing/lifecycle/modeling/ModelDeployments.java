package org.outsourcing.lifecycle.modeling;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.repository.ProcessDefinition;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys a file an admin uploads in the UI or edits in the modeler: a BPMN file as saved
 * by a modeler, or a {@code .bar}/{@code .zip} with models, DMN tables and forms. The
 * engine checks it with the {@link ModelRules} like every other deployment; a deployment
 * and its {@code MODEL_DEPLOYED} audit entry (who, which processes at which versions)
 * commit together.
 */
@Service
class ModelDeployments {

	private final RepositoryService repository;

	private final AuditTrail audit;

	ModelDeployments(RepositoryService repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	@Transactional
	Deployment deploy(String fileName, byte[] content) {
		String name = (fileName != null) ? ModelResources.fileName(fileName) : "";
		DeploymentBuilder deployment = this.repository.createDeployment().name(name);
		if (name.endsWith(".bar") || name.endsWith(".zip")) {
			deployment.addZipInputStream(new ZipInputStream(new ByteArrayInputStream(content)));
		}
		else if (ModelResources.isBpmn(name) || ModelResources.isDmn(name) || ModelResources.isForm(name)) {
			deployment.addBytes(name, content);
		}
		else {
			throw new FlowableIllegalArgumentException(
					"Upload a .bpmn20.xml or .bpmn model, a .dmn table, a .form or a .bar/.zip of them; '" + name
							+ "' is none of these");
		}
		Deployment deployed = deployment.deploy();
		this.audit
			.record(AuditEvent.of(null, AuditEntryType.MODEL_DEPLOYED, CurrentUser.actorId(), null, details(deployed)));
		return deployed;
	}

	private Map<String, Object> details(Deployment deployment) {
		Map<String, Object> versions = new LinkedHashMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
			.deploymentId(deployment.getId())
			.orderByProcessDefinitionKey()
			.asc()
			.list()) {
			versions.put(definition.getKey(), definition.getVersion());
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("deploymentId", deployment.getId());
		details.put("deploymentName", deployment.getName());
		details.put("processVersions", versions);
		return details;
	}

}
