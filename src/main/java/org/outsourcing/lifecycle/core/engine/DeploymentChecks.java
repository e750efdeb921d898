package org.outsourcing.lifecycle.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.repository.EngineDeployment;
import org.flowable.common.engine.impl.EngineDeployer;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cmd.DeploymentSettings;

/**
 * Checks every new deployment of the process engine before the engine deploys any of it
 * (start-up, Flowable's REST API, the Java API); a refusal rolls the whole deployment
 * back.
 * <p>
 * A deployer rather than a {@code ProcessValidator}: a process validator sees one BPMN
 * model at a time, without the forms, DMN tables and other processes deployed with it.
 * The engine takes such a deployer only through its internal {@link EngineDeployer}
 * interface and deployment settings, which this adapter alone uses
 * ({@code DeploymentChecksTest} fails if an upgrade stops calling it first).
 * <p>
 * A deployment made with {@code DeploymentBuilder.disableBpmnValidation()} is not
 * checked: test fixtures that are not product models use it; neither the REST API nor the
 * UI can.
 */
public final class DeploymentChecks {

	private DeploymentChecks() {
	}

	/** Looks at a new deployment's files (name to content) and throws to refuse it. */
	@FunctionalInterface
	public interface Check {

		void check(Map<String, byte[]> files);

	}

	/** Runs the check on each new deployment, before the engine's own deployers. */
	public static void beforeEveryDeployment(ProcessEngineConfigurationImpl configuration, Check check) {
		List<EngineDeployer> before = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			before.addAll(configuration.getCustomPreDeployers());
		}
		before.add(new CheckingDeployer(check));
		configuration.setCustomPreDeployers(before);
	}

	static final class CheckingDeployer implements EngineDeployer {

		private final Check check;

		CheckingDeployer(Check check) {
			this.check = check;
		}

		@Override
		public void deploy(EngineDeployment deployment, Map<String, Object> deploymentSettings) {
			if (!deployment.isNew() || (deploymentSettings != null && Boolean.FALSE
				.equals(deploymentSettings.get(DeploymentSettings.IS_PROCESS_VALIDATION_ENABLED)))) {
				return;
			}
			Map<String, byte[]> files = new LinkedHashMap<>();
			deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
			this.check.check(files);
		}

		@Override
		public void undeploy(EngineDeployment parentDeployment, boolean cascade) {
			// nothing to undo: the check deploys nothing
		}

	}

}
