package org.outsourcing.lifecycle.core.engine;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CurrentCommand} inside real engine commands: an attribute lives as long as its
 * command, work left for the end runs when it closes, and the entities it loaded are
 * found in it, tasks and executions are the ones it writes, and the deployed definitions
 * come from the engine's cache. An upgrade that changes Flowable's command context fails
 * here.
 */
@SpringBootTest
class CurrentCommandTest {

	@Autowired
	private ManagementService management;

	private static final String PROBE = "currentCommandProbe";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@AfterEach
	void undeploy() {
		ProbeProcess.undeploy(this.repository, PROBE);
	}

	@Test
	void anAttributeIsKeptForTheCommandOnly() {
		List<Object> first = this.management.executeCommand((context) -> {
			List<Object> kept = CurrentCommand.attribute("probe", ArrayList::new);
			kept.add("once");
			return CurrentCommand.attribute("probe", ArrayList::new);
		});
		assertThat(first).containsExactly("once");
		List<Object> next = this.management
			.executeCommand((context) -> CurrentCommand.attribute("probe", ArrayList::new));
		assertThat(next).isEmpty();
	}

	@Test
	void workLeftForTheEndRunsWhenTheCommandCloses() {
		List<String> done = new ArrayList<>();
		this.management.executeCommand((context) -> {
			CurrentCommand.beforeClosing(() -> done.add("at the end"));
			assertThat(done).isEmpty();
			return null;
		});
		assertThat(done).containsExactly("at the end");
	}

	@Test
	void theEntitiesTheCommandLoadedAreFoundInIt() {
		List<ProcessDefinition> cached = this.management.executeCommand((context) -> {
			assertThat(CurrentCommand.cached(ProcessDefinition.class)).isEmpty();
			this.repository.createProcessDefinitionQuery().processDefinitionKey("outsourcingEngagement").list();
			return CurrentCommand.cached(ProcessDefinition.class);
		});
		assertThat(cached).isNotEmpty().allMatch((definition) -> "outsourcingEngagement".equals(definition.getKey()));
	}

	@Test
	void theTaskAndItsExecutionAreTheOnesTheCommandWrites() {
		ProbeProcess.deploy(this.repository, PROBE);
		ProcessInstance started = this.runtime.startProcessInstanceByKey(PROBE);
		Task open = this.tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
		this.management.executeCommand((context) -> {
			DelegateTask task = CurrentCommand.task(open.getId());
			assertThat(task.getTaskDefinitionKey()).isEqualTo("probeTask");
			assertThat(task).isInstanceOf(Task.class);
			assertThat(CurrentCommand.creates(task)).isFalse();
			DelegateExecution execution = CurrentCommand.execution(task.getExecutionId());
			execution.setVariableLocal("written", 1);
			assertThat(CurrentCommand.execution(task.getExecutionId())).isSameAs(execution);
			assertThat(execution.getParent().getId()).isEqualTo(started.getId());
			assertThat(CurrentCommand.task("noSuchTask")).isNull();
			return null;
		});
		assertThat(this.runtime.getVariable(open.getExecutionId(), "written")).isEqualTo(1);
	}

	@Test
	void aTaskCreatedInTheCommandIsNew() {
		boolean created = this.management.executeCommand((context) -> {
			Task task = this.tasks.newTask();
			this.tasks.saveTask(task);
			boolean isNew = CurrentCommand.creates(CurrentCommand.task(task.getId()));
			this.tasks.deleteTask(task.getId(), true);
			return isNew;
		});
		assertThat(created).isTrue();
	}

	@Test
	void theDeployedDefinitionsComeFromTheEnginesCache() {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("outsourcingEngagement")
			.latestVersion()
			.singleResult();
		this.management.executeCommand((context) -> {
			assertThat(CurrentCommand.processDefinition(latest.getId()).getKey()).isEqualTo("outsourcingEngagement");
			assertThat(CurrentCommand.bpmnModel(latest.getId()).getMainProcess().getId())
				.isEqualTo("outsourcingEngagement");
			assertThat(CurrentCommand.process(latest.getId()).getId()).isEqualTo("outsourcingEngagement");
			return null;
		});
	}

}
