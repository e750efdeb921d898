package org.outsourcing.lifecycle.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.engine.FormService;
import org.flowable.engine.HistoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.idm.api.User;
import org.flowable.idm.spring.SpringIdmEngineConfiguration;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.engine.EngineCommand.StartFormRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.StartFormSubmission;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskCompletion;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormModelRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormRead;
import org.outsourcing.lifecycle.core.engine.EngineCommand.TaskFormSubmission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CommandSteps} and {@link EngineCommand} in the real engine: a step put around
 * the process and the IDM engine sees what each service call carries (the task it
 * completes and with which values, the form it reads or submits, the user it saves, the
 * names of its variables), and what it puts in a command's place runs instead. An upgrade
 * that changes Flowable's commands or their fields fails here, and at start.
 */
@SpringBootTest
class EngineCommandTest {

	private static final String PROBE = "engineCommandProbe";

	private static final List<EngineCommand> SEEN = Collections.synchronizedList(new ArrayList<>());

	/** The thread whose commands are recorded: the running test's, none between tests. */
	private static volatile Thread recorded;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private FormService forms;

	@Autowired
	private HistoryService history;

	@Autowired
	private IdentityService identity;

	private ProcessInstance started;

	private Task task;

	@BeforeEach
	void startProbe() {
		ProbeProcess.deploy(this.repository, PROBE);
		this.started = this.runtime.startProcessInstanceByKey(PROBE);
		this.task = this.tasks.createTaskQuery().processInstanceId(this.started.getId()).singleResult();
		SEEN.clear();
		recorded = Thread.currentThread();
	}

	@AfterEach
	void undeploy() {
		recorded = null;
		SEEN.clear();
		ProbeProcess.undeploy(this.repository, PROBE);
	}

	@Test
	void everyFieldReadExists() {
		assertThatCode(EngineCommand::requireFields).doesNotThrowAnyException();
		assertThatThrownBy(() -> EngineCommand.require(CompleteTaskCmd.class, "renamedInANewVersion"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("renamedInANewVersion");
	}

	@Test
	void aCompletionIsReadWithItsValues() {
		this.tasks.complete(this.task.getId(), "someUser", Map.of("note", "x"));
		TaskCompletion completion = seen(TaskCompletion.class);
		assertThat(completion.taskId()).isEqualTo(this.task.getId());
		assertThat(completion.userId()).isEqualTo("someUser");
		assertThat(completion.outcome()).isNull();
		assertThat(completion.variables()).containsEntry("note", "x");
		EngineCommand command = commandOf(completion);
		assertThat(command.writtenTaskId()).isEqualTo(this.task.getId());
		assertThat(command.completesTask()).isTrue();
		assertThat(command.variableNames()).contains("note");
		assertThat(command.onlyReads()).isFalse();
	}

	@Test
	void whatAStepPutsInACommandsPlaceRuns() {
		this.tasks.complete(this.task.getId(), Map.of(Recorder.REPLACE, true));
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(this.started.getId()).list())
			.extracting((variable) -> variable.getVariableName())
			.containsExactly("replaced");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(this.started.getId())
			.finished()
			.count()).isOne();
	}

	@Test
	void formSubmissionsAndReadsAreRead() {
		this.forms.saveFormData(this.task.getId(), Map.of("note", "draft"));
		assertThat(seen(TaskFormSubmission.class))
			.isEqualTo(new TaskFormSubmission(this.task.getId(), Map.of("note", "draft"), false));
		this.forms.getTaskFormData(this.task.getId());
		assertThat(seen(TaskFormRead.class)).isEqualTo(new TaskFormRead(this.task.getId()));
		try {
			this.tasks.getTaskFormModel(this.task.getId());
		}
		catch (RuntimeException ex) {
			// no form engine and no form here: only what the step saw counts
		}
		assertThat(seen(TaskFormModelRead.class)).isEqualTo(new TaskFormModelRead(this.task.getId(), false));
		String definition = this.started.getProcessDefinitionId();
		this.forms.getStartFormData(definition);
		assertThat(seen(StartFormRead.class)).isEqualTo(new StartFormRead(definition));
		this.forms.submitStartFormData(definition, "probeKey", Map.of("note", "start"));
		assertThat(seen(StartFormSubmission.class))
			.isEqualTo(new StartFormSubmission(definition, "probeKey", Map.of("note", "start")));
		this.forms.submitTaskFormData(this.task.getId(), Map.of("note", "done"));
		TaskFormSubmission submitted = seen(TaskFormSubmission.class);
		assertThat(submitted.completesTask()).isTrue();
		assertThat(commandOf(submitted).completesTask()).isTrue();
	}

	@Test
	void theVariablesACommandCarriesAreNamed() {
		this.runtime.setVariable(this.started.getId(), "directly", 1);
		this.runtime.createProcessInstanceBuilder().processDefinitionKey(PROBE).variable("throughABuilder", 2).start();
		assertThat(allVariableNames()).contains("directly", "throughABuilder");
	}

	@Test
	void theUsersPeopleSaveAreRead() {
		User user = this.identity.newUser("engine.command.probe");
		user.setPassword("a long probe password");
		try {
			this.identity.saveUser(user);
			assertThat(SEEN).anyMatch((command) -> command.savedUser() != null
					&& "engine.command.probe".equals(command.savedUser().getId()));
			this.identity.updateUserPassword(user);
			assertThat(SEEN).anyMatch((command) -> command.userWithNewPassword() != null
					&& "engine.command.probe".equals(command.userWithNewPassword().getId()));
			SEEN.clear();
			this.identity.createUserQuery().userId("engine.command.probe").list();
			assertThat(SEEN).isNotEmpty().allMatch(EngineCommand::onlyReads);
		}
		finally {
			this.identity.deleteUser(user.getId());
		}
	}

	private List<Object> allVariableNames() {
		List<Object> names = new ArrayList<>();
		List.copyOf(SEEN).forEach((command) -> names.addAll(command.variableNames()));
		return names;
	}

	private static <T> T seen(Class<T> type) {
		List<EngineCommand> seen = List.copyOf(SEEN);
		for (int i = seen.size() - 1; i >= 0; i--) {
			if (type.isInstance(seen.get(i).formCommand())) {
				return type.cast(seen.get(i).formCommand());
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " seen");
	}

	private static EngineCommand commandOf(Object formCommand) {
		return List.copyOf(SEEN)
			.stream()
			.filter((command) -> Objects.equals(command.formCommand(), formCommand))
			.reduce((first, last) -> last)
			.orElseThrow();
	}

	/**
	 * Records the test's commands to both engines; a completion asking for it is replaced
	 * by one that sets {@code replaced} instead.
	 */
	static final class Recorder implements CommandSteps.Step {

		static final String REPLACE = "replaceThisCompletion";

		@Override
		public Object around(EngineCommand command, CommandSteps.Next next) {
			if (Thread.currentThread() == recorded) {
				SEEN.add(command);
			}
			if (command.formCommand() instanceof TaskCompletion completion && completion.variables() != null
					&& completion.variables().containsKey(REPLACE)) {
				return next.run(EngineCommand.completeTask(completion.taskId(), Map.of("replaced", true)));
			}
			return next.run(command);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingSteps {

		@Bean
		EngineConfigurationConfigurer<SpringProcessEngineConfiguration> recordProcessCommands() {
			return (configuration) -> CommandSteps.aroundTransaction(configuration, new Recorder());
		}

		@Bean
		EngineConfigurationConfigurer<SpringIdmEngineConfiguration> recordIdentityCommands() {
			return (configuration) -> CommandSteps.aroundTransaction(configuration, new Recorder());
		}

	}

}
