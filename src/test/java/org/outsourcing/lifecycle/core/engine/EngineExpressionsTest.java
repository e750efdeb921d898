package org.outsourcing.lifecycle.core.engine;

import java.util.Map;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link EngineExpressions} against the real engine: a process's variables and the
 * models' beans are what an expression sees, and nothing else. An upgrade that changes
 * how the engine hands out its expression manager fails here.
 */
@SpringBootTest
class EngineExpressionsTest {

	private static final String PROBE = "engineExpressionsProbe";

	@Autowired
	private EngineExpressions expressions;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@AfterEach
	void undeploy() {
		ProbeProcess.undeploy(this.repository, PROBE);
	}

	@Test
	void aProcessVariableIsSeen() {
		ProbeProcess.deploy(this.repository, PROBE);
		ProcessInstance started = this.runtime.startProcessInstanceByKey(PROBE, Map.of("probeCount", 2));
		Object value = this.management.executeCommand(
				(context) -> this.expressions.evaluate("${probeCount * 2}", CurrentCommand.execution(started.getId())));
		assertThat(value).isEqualTo(4L);
	}

	@Test
	void theModelsBeansAreSeenAndNoOthers() {
		assertThat(this.expressions.evaluate("${deadlines != null}", VariableContainer.empty())).isEqualTo(true);
		assertThatThrownBy(
				() -> this.expressions.evaluate("${taskService.createTaskQuery()}", VariableContainer.empty()))
			.isInstanceOf(FlowableException.class);
	}

}
