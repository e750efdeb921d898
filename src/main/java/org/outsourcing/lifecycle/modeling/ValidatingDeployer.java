package org.outsourcing.lifecycle.modeling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.repository.EngineDeployment;
import org.flowable.common.engine.impl.EngineDeployer;
import org.flowable.engine.impl.cmd.DeploymentSettings;

/**
 * Checks every new deployment with the {@link ModelRules} before the engine deploys any
 * of it; a refusal rolls the whole deployment back.
 * <p>
 * A deployer rather than a {@code ProcessValidator}: a process validator sees one BPMN
 * model at a time, without the forms, DMN tables and other processes deployed with it,
 * which the rules need. {@code EngineDeployer} is an engine-internal interface, so this
 * is the one place that depends on it ({@code ValidatingDeployerTest} fails if an upgrade
 * stops calling it).
 * <p>
 * A deployment made with {@code DeploymentBuilder.disableBpmnValidation()} is not
 * checked: test fixtures that are not product models use it; neither the REST API nor the
 * UI can.
 */
class ValidatingDeployer implements EngineDeployer {

	private final ModelRules rules;

	ValidatingDeployer(ModelRules rules) {
		this.rules = rules;
	}

	@Override
	public void deploy(EngineDeployment deployment, Map<String, Object> deploymentSettings) {
		if (!deployment.isNew() || (deploymentSettings != null
				&& Boolean.FALSE.equals(deploymentSettings.get(DeploymentSettings.IS_PROCESS_VALIDATION_ENABLED)))) {
			return;
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
		List<ModelProblem> problems = this.rules.check(files);
		if (!problems.isEmpty()) {
			throw new ModelValidationException(problems);
		}
	}

	@Override
	public void undeploy(EngineDeployment parentDeployment, boolean cascade) {
		// nothing to undo: the check deploys nothing
	}

}
