package org.outsourcing.lifecycle.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.forms.SampleValues.Breakage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every form of {@code forms/} through the Java {@code TaskService}: a fitting submission
 * completes the task, every kind of misfit is refused with the task still open and no
 * variable written, whichever variant of {@code complete} is called.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FormsTestConfiguration.class)
class FormCompletionTest {

	@Autowired
	FormRegistry registry;

	@Autowired
	FormBench bench;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	DeployedFormKeys deployedFormKeys;

	@Test
	void everyFormAcceptsAFittingSubmissionAndStoresTheValuesInTheirCanonicalTypes() {
		assertThat(this.registry.all()).extracting(FormDefinition::key).contains("defineWork", "confirmCoreWork");
		for (FormDefinition form : this.registry.all()) {
			Task task = this.bench.openTask(form.key(), Map.of());
			Map<String, Object> values = SampleValues.valid(form);

			this.tasks.complete(task.getId(), values);

			assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).as(form.key()).isZero();
			Map<String, Object> stored = this.runtime.getVariables(task.getProcessInstanceId());
			values.forEach((name, value) -> assertThat(stored.get(name)).as(form.key() + "." + name)
				.isEqualTo((value instanceof BigDecimal amount) ? amount.setScale(2) : value));
		}
	}

	@Test
	void valuesArriveInOneTypeWhicheverJavaTypeTheCallerUsed() {
		Task task = this.bench.openTask("defineWork", Map.of());
		Map<String, Object> values = SampleValues.valid(this.registry.get("defineWork"));
		values.put("budgetMin", 400);
		values.put("budgetMax", 1250.5);
		values.put("cutOffDate", java.time.LocalDate.of(2026, 12, 31));
		values.put("timeCritical", "true");
		values.put("overlapHours", 4L);

		this.tasks.complete(task.getId(), values);

		assertThat(this.runtime.getVariables(task.getProcessInstanceId()))
			.containsEntry("budgetMin", new BigDecimal("400.00"))
			.containsEntry("budgetMax", new BigDecimal("1250.50"))
			.containsEntry("cutOffDate", "2026-12-31")
			.containsEntry("timeCritical", true)
			.containsEntry("overlapHours", 4);
	}

	@Test
	void everyKindOfMisfitIsRefusedNamingTheFieldAndChangesNothing() {
		for (FormDefinition form : this.registry.all()) {
			Task task = this.bench.openTask(form.key(), Map.of("before", "unchanged"));
			Map<String, Object> before = this.runtime.getVariables(task.getProcessInstanceId());
			for (Breakage breakage : SampleValues.breakages(form)) {
				assertThatThrownBy(() -> this.tasks.complete(task.getId(), breakage.values()))
					.as(form.key() + ": " + breakage.kind() + " in " + breakage.field())
					.isInstanceOfSatisfying(FormValidationException.class,
							(ex) -> assertThat(ex.errors()).extracting(FieldError::field).contains(breakage.field()));
				assertUnchanged(task, before);
			}
		}
	}

	@Test
	void allErrorsOfASubmissionAreReportedAtOnce() {
		Task task = this.bench.openTask("confirmCoreWork", Map.of());

		assertThatThrownBy(() -> this.tasks.complete(task.getId(),
				Map.of("title", "Other work", "confirmationNote", 5, "surprise", true)))
			.isInstanceOfSatisfying(FormValidationException.class, (ex) -> assertThat(ex.errors())
				.containsExactlyInAnyOrder(new FieldError("confirmationNote", "must be text, not 5"),
						new FieldError("surprise", "is not a field of form 'confirmCoreWork'"),
						new FieldError("title",
								"is read-only in form 'confirmCoreWork' and cannot be changed; send it as shown or leave it out"),
						new FieldError("form_confirmCoreWork_outcome",
								"is required: choose one of confirm, withdraw")));
	}

	@Test
	void fiveHundredRandomMisfitsThroughEveryCompletionVariantAreRefused() {
		Random random = new Random(20260504L);
		List<FormDefinition> forms = new ArrayList<>(this.registry.all());
		Map<String, Task> openTasks = new HashMap<>();
		Map<String, Map<String, Object>> before = new HashMap<>();
		for (FormDefinition form : forms) {
			Task task = this.bench.openTask(form.key(), Map.of());
			openTasks.put(form.key(), task);
			before.put(form.key(), this.runtime.getVariables(task.getProcessInstanceId()));
		}
		for (int i = 0; i < 600; i++) {
			FormDefinition form = forms.get(random.nextInt(forms.size()));
			List<Breakage> breakages = SampleValues.breakages(form);
			Map<String, Object> values = new LinkedHashMap<>(breakages.get(random.nextInt(breakages.size())).values());
			for (int extra = random.nextInt(3); extra > 0; extra--) {
				Breakage another = breakages.get(random.nextInt(breakages.size()));
				if (another.values().containsKey(another.field())) {
					values.put(another.field(), another.values().get(another.field()));
				}
			}
			Task task = openTasks.get(form.key());
			String id = task.getId();
			int variant = random.nextInt(5);
			try {
				switch (variant) {
					case 0 -> this.tasks.complete(id, values);
					case 1 -> this.tasks.complete(id, "owner", values);
					case 2 -> this.tasks.complete(id, values, true);
					case 3 -> this.tasks.createTaskCompletionBuilder().taskId(id).variables(values).complete();
					default -> this.tasks.complete(id, Map.of(), values);
				}
				fail("Submission " + i + " to " + form.key() + " was accepted: " + values);
			}
			catch (FormValidationException expected) {
				assertThat(expected.errors()).isNotEmpty();
			}
			assertUnchanged(task, before.get(form.key()));
		}
	}

	@Test
	void theOwnersDefineWorkTaskRefusesAnIncompleteDefinitionAndTakesAFittingOne() {
		String stage = this.runtime
			.startProcessInstanceByKey("defineWork", Map.of("title", "Bookkeeping", "requestedBy", "owner"))
			.getId();
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(stage)
			.taskDefinitionKey("defineWorkDetails")
			.singleResult();
		Map<String, Object> before = this.runtime.getVariables(stage);
		Map<String, Object> values = SampleValues.valid(this.registry.get("defineWork"));
		values.put("budgetMin", "lots");
		values.remove("cutOffDate");

		assertThatThrownBy(() -> this.tasks.complete(task.getId(), values)).isInstanceOfSatisfying(
				FormValidationException.class, (ex) -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("budgetMin", "cutOffDate"));
		assertUnchanged(task, before);

		values.put("budgetMin", new BigDecimal("100"));
		values.put("cutOffDate", "2026-10-01");
		values.put("securityRelated", false);
		values.put("coreCompetency", false);
		values.put("dataSensitivity", "none");
		this.tasks.complete(task.getId(), values);
		assertThat(this.tasks.createTaskQuery().processInstanceId(stage).count()).isZero();
	}

	@Test
	void ofTwoSimultaneousCompletionsExactlyOneWins() throws Exception {
		FormDefinition form = this.registry.get("confirmCoreWork");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 100; round++) {
				Task task = this.bench.openTask(form.key(), Map.of());
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<String>> attempts = new ArrayList<>();
				for (int contender = 0; contender < 2; contender++) {
					attempts.add(pool.submit(() -> {
						together.await(5, TimeUnit.SECONDS);
						try {
							this.tasks.complete(task.getId(), SampleValues.valid(form));
							return "won";
						}
						catch (FlowableOptimisticLockingException | TaskAlreadyCompletedException ex) {
							return "lost";
						}
					}));
				}
				List<String> results = new ArrayList<>();
				for (Future<String> attempt : attempts) {
					results.add(attempt.get(30, TimeUnit.SECONDS));
				}
				assertThat(results).as("round " + round).containsExactlyInAnyOrder("won", "lost");
				assertThat(this.tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
					.extracting(Task::getTaskDefinitionKey)
					.containsExactly("wait");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aModelThatNamesAFormWhichDoesNotExistStopsTheStart() {
		Deployment deployment = this.repository.createDeployment()
			.disableBpmnValidation()
			.addString("brokenModel.bpmn20.xml", """
					<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
					    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
					  <process id="brokenModel" isExecutable="true">
					    <startEvent id="start"/>
					    <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
					    <userTask id="review" flowable:formKey="reviewSomething"/>
					    <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
					    <endEvent id="end"/>
					  </process>
					</definitions>
					""")
			.deploy();
		try {
			assertThatThrownBy(this.deployedFormKeys::afterSingletonsInstantiated)
				.isInstanceOf(InvalidFormException.class)
				.hasMessageContaining("brokenModel.bpmn20.xml, review: formKey 'reviewSomething'")
				.hasMessageContaining("forms/reviewSomething.form");
			ProcessDefinition good = this.repository.createProcessDefinitionQuery()
				.processDefinitionKey("defineWork")
				.latestVersion()
				.singleResult();
			assertThat(this.deployedFormKeys.missingForms(good)).isEmpty();
		}
		finally {
			this.repository.deleteDeployment(deployment.getId(), true);
		}
	}

	private void assertUnchanged(Task task, Map<String, Object> variablesBefore) {
		Task now = this.tasks.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(now).as("task still open").isNotNull();
		assertThat(now.getAssignee()).isEqualTo(task.getAssignee());
		assertThat(this.runtime.getVariables(task.getProcessInstanceId())).isEqualTo(variablesBefore);
		assertThat(this.tasks.getVariablesLocal(task.getId())).isEmpty();
	}

}
