package org.outsourcing.lifecycle.core.engine;

import java.util.List;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.impl.bpmn.deployer.BpmnDeployer;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DeploymentChecks} in the real engine, with the product's check (the model rules)
 * installed: it runs before the engine deploys anything, its refusal leaves nothing
 * deployed, and a deployment made without validation passes unchecked. An upgrade that
 * changes how the engine runs its pre-deployers fails here.
 */
@SpringBootTest
class DeploymentChecksTest {

	private static final String PROBE = "deploymentChecksProbe";

	@Autowired
	private ProcessEngineConfiguration engine;

	@Autowired
	private RepositoryService repository;

	@AfterEach
	void undeploy() {
		ProbeProcess.undeploy(this.repository, PROBE);
	}

	@Test
	void theChecksRunBeforeTheEngineDeploysAnything() {
		List<?> deployers = ((ProcessEngineConfigurationImpl) this.engine).getDeploymentManager().getDeployers();
		int checking = indexOf(deployers, DeploymentChecks.CheckingDeployer.class);
		assertThat(checking).as("checks among the engine's deployers").isGreaterThanOrEqualTo(0);
		assertThat(checking).as("checks before the BPMN deployer").isLessThan(indexOf(deployers, BpmnDeployer.class));
	}

	@Test
	void aRefusedDeploymentLeavesNothingDeployed() {
		long deployments = this.repository.createDeploymentQuery().count();
		assertThatThrownBy(() -> this.repository.createDeployment()
			.name(PROBE)
			.addString(PROBE + ".bpmn20.xml", ProbeProcess.model(PROBE))
			.deploy()).hasMessageContaining("probeTask");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count()).isZero();
	}

	@Test
	void aDeploymentWithoutValidationIsNotChecked() {
		ProbeProcess.deploy(this.repository, PROBE);
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count()).isOne();
	}

	private static int indexOf(List<?> deployers, Class<?> type) {
		for (int i = 0; i < deployers.size(); i++) {
			if (type.isInstance(deployers.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
