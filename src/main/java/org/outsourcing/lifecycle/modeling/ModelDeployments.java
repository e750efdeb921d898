package org.outsourcing.lifecycle.modeling;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;

import org.springframework.stereotype.Service;

/**
 * Deploys a file an admin uploads in the UI: a BPMN file as saved by a modeler, or a
 * {@code .bar}/{@code .zip} with models, DMN tables and forms. The engine checks it with
 * the {@link ModelRules} like every other deployment.
 */
@Service
class ModelDeployments {

	private final RepositoryService repository;

	ModelDeployments(RepositoryService repository) {
		this.repository = repository;
	}

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
		return deployment.deploy();
	}

}
