package org.outsourcing.lifecycle.core.engine;

import org.flowable.engine.HistoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EngineUser} against the real engine: what it sets is who the engine records, and
 * it reads what Flowable's public API set. An upgrade that changes the internal it uses
 * fails here.
 */
@SpringBootTest
class EngineUserTest {

	private static final String PROBE = """
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    targetNamespace="http://outsourcing.org/test">
			  <process id="engineUserProbe" isExecutable="true">
			    <startEvent id="start"/>
			    <sequenceFlow id="toEnd" sourceRef="start" targetRef="end"/>
			    <endEvent id="end"/>
			  </process>
			</definitions>
			""";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private IdentityService identities;

	@AfterEach
	void nobodyActs() {
		EngineUser.set(null);
		this.repository.createDeploymentQuery()
			.deploymentName("engineUserProbe")
			.list()
			.forEach((deployment) -> this.repository.deleteDeployment(deployment.getId(), true));
	}

	@Test
	void theEngineRecordsTheUserSet() {
		this.repository.createDeployment()
			.name("engineUserProbe")
			.addString("engineUserProbe.bpmn20.xml", PROBE)
			.disableBpmnValidation()
			.deploy();
		EngineUser.set("someOwner");
		assertThat(EngineUser.current()).isEqualTo("someOwner");
		ProcessInstance started = this.runtime.startProcessInstanceByKey("engineUserProbe");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(started.getId())
			.singleResult()
			.getStartUserId()).isEqualTo("someOwner");
	}

	@Test
	void itReadsWhatThePublicApiSet() {
		this.identities.setAuthenticatedUserId("someRecruiter");
		assertThat(EngineUser.current()).isEqualTo("someRecruiter");
		EngineUser.set(null);
		assertThat(EngineUser.current()).isNull();
	}

}
