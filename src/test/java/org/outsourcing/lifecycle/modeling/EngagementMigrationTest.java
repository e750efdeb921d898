package org.outsourcing.lifecycle.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.recruitment.RecruitmentFixtures;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running job ads move to a new version of {@code jobAd} after real edits: a task
 * renamed, a task added before the waiting one, and the waiting task removed (which needs
 * a mapping). Each edit is deployed as a modeler would save it and keeps the model rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngagementMigrationTest {

	static final String API = "/api/admin/processes/jobAd";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	EngagementMigration migration;

	@Autowired
	ProcessVersions versions;

	@Autowired
	AuditTrail audit;

	final List<String> deployments = new ArrayList<>();

	int original;

	String waiting;

	@BeforeEach
	void aJobAdWaitsForItsAd() {
		this.original = latest().getVersion();
		this.waiting = this.runtime.startProcessInstanceByKey("jobAd", RecruitmentFixtures.engagement()).getId();
		assertThat(this.engine.openTaskKeys(this.waiting)).containsExactly("writeAd");
	}

	@AfterEach
	void removeEdits() {
		this.runtime.deleteProcessInstance(this.waiting, "test over");
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	@Test
	void aRenamedTaskMovesAsItIsAndTheVersionsShowTheChange() {
		int renamed = deploy(ModelFiles.model("jobAd").replace("name=\"Write ad\"", "name=\"Write job ad\""), Map.of());
		Task before = this.engine.task(this.waiting, "writeAd");

		assertThat(this.versions.versions("jobAd")).filteredOn((version) -> version.version() == this.original)
			.singleElement()
			.satisfies((version) -> assertThat(version.running()).isGreaterThanOrEqualTo(1));
		assertThat(this.versions.difference("jobAd", this.original, renamed)).containsExactly(new ElementChange(
				ElementChange.Kind.CHANGED, "writeAd", "userTask", "name: 'Write ad' → 'Write job ad'"));

		MigrationReport report = this.migration.migrate("jobAd",
				new MigrationRequest(this.original, renamed, List.of(this.waiting), Map.of()));
		assertThat(report.instances()).singleElement().satisfies((instance) -> {
			assertThat(instance.migrated()).isTrue();
			assertThat(instance.waitingAt()).contains("writeAd");
		});
		assertThat(definitionOf(this.waiting).getVersion()).isEqualTo(renamed);
		Task after = this.engine.task(this.waiting, "writeAd");
		assertThat(after.getId()).as("the same task, with what was already done in it").isEqualTo(before.getId());
		assertThat(after.getProcessDefinitionId()).isEqualTo(definitionOf(this.waiting).getId());
	}

	@Test
	void aTaskAddedBeforeTheWaitingOneLeavesItWaitingAndNewAdsStartThere() {
		String model = ModelFiles.model("jobAd")
			.replace("<sequenceFlow id=\"toWriteAd\" sourceRef=\"adRequested\" targetRef=\"writeAd\" />",
					"<sequenceFlow id=\"toWriteAd\" sourceRef=\"adRequested\" targetRef=\"checkBudget\" />");
		model = ModelFiles.withInProcess(model,
				"""
						<userTask id="checkBudget" name="Check budget" flowable:candidateGroups="owner" flowable:formKey="checkBudget" flowable:dueDate="P2D" />
						<boundaryEvent id="budgetCheckOverdue" name="Budget check overdue" attachedToRef="checkBudget" cancelActivity="false">
						  <timerEventDefinition><timeDuration>P2D</timeDuration></timerEventDefinition>
						</boundaryEvent>
						<sequenceFlow id="toBudgetCheckLate" sourceRef="budgetCheckOverdue" targetRef="budgetCheckLate" />
						<endEvent id="budgetCheckLate" name="Budget check late" />
						<sequenceFlow id="toWriteAdAfterBudget" sourceRef="checkBudget" targetRef="writeAd" />""");
		model = model.replace("</bpmndi:BPMNPlane>",
				shape("checkBudget") + shape("budgetCheckOverdue") + shape("budgetCheckLate")
						+ edge("toBudgetCheckLate") + edge("toWriteAdAfterBudget") + "</bpmndi:BPMNPlane>");
		int added = deploy(model, Map.of("forms/checkBudget.form", """
				{ "key": "checkBudget", "name": "Check budget", "fields": [
				  { "id": "budgetConfirmed", "name": "Budget confirmed", "type": "boolean", "required": true } ] }
				"""));

		assertThat(this.versions.difference("jobAd", this.original, added))
			.extracting(ElementChange::kind, ElementChange::elementId)
			.contains(org.assertj.core.groups.Tuple.tuple(ElementChange.Kind.ADDED, "checkBudget"),
					org.assertj.core.groups.Tuple.tuple(ElementChange.Kind.CHANGED, "toWriteAd"));
		MigrationReport report = this.migration.migrate("jobAd",
				new MigrationRequest(this.original, added, List.of(this.waiting), Map.of()));
		assertThat(report.migrated()).isEqualTo(1);
		assertThat(definitionOf(this.waiting).getVersion()).isEqualTo(added);
		assertThat(this.engine.openTaskKeys(this.waiting)).containsExactly("writeAd");
		String fresh = this.runtime.startProcessInstanceByKey("jobAd", RecruitmentFixtures.engagement()).getId();
		assertThat(this.engine.openTaskKeys(fresh)).containsExactly("checkBudget");
		this.runtime.deleteProcessInstance(fresh, "test over");
	}

	@Test
	void aRemovedWaitingTaskNeedsAMappingAndTheMoveIsAudited() {
		String model = ModelFiles.model("jobAd")
			.replaceAll("(id|sourceRef|targetRef|attachedToRef|bpmnElement)=\"writeAd\"", "$1=\"draftAd\"")
			.replace("name=\"Write ad\"", "name=\"Draft ad\"");
		int replaced = deploy(model, Map.of());
		ApiClient admin = new ApiClient(this.port, "admin", "demo");
		String unmapped = "{\"fromVersion\": " + this.original + ", \"toVersion\": " + replaced
				+ ", \"processInstanceIds\": [\"" + this.waiting + "\"]}";

		Response validation = admin.post(API + "/migrations/validation", unmapped);
		assertThat(validation.status()).as(validation.body()).isEqualTo(200);
		JsonNode instance = validation.json().path("instances").path(0);
		assertThat(instance.path("migratable").asBoolean()).isFalse();
		assertThat(instance.path("problems").path(0).asText()).isEqualTo("waits at 'writeAd', which version " + replaced
				+ " does not have: map it to an activity of version " + replaced);

		Response refused = admin.post(API + "/migrations", unmapped);
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(definitionOf(this.waiting).getVersion()).isEqualTo(this.original);
		assertThat(this.engine.openTaskKeys(this.waiting)).containsExactly("writeAd");

		String mapped = unmapped.replace("]}", "], \"mappings\": {\"writeAd\": \"draftAd\"}}");
		Response moved = admin.post(API + "/migrations", mapped);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("instances").path(0).path("migrated").asBoolean()).isTrue();
		assertThat(definitionOf(this.waiting).getVersion()).isEqualTo(replaced);
		assertThat(this.engine.openTaskKeys(this.waiting)).containsExactly("draftAd");

		List<AuditEntry> migrations = this.audit.entriesOf(this.waiting)
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.PROCESS_MIGRATED)
			.toList();
		assertThat(migrations).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.details().path("fromVersion").asInt()).isEqualTo(this.original);
			assertThat(entry.details().path("toVersion").asInt()).isEqualTo(replaced);
			assertThat(entry.details().path("mappings").path("writeAd").asText()).isEqualTo("draftAd");
		});
	}

	@Test
	void unknownVersionsAndMappingsToNothingAreRefused() {
		ApiClient admin = new ApiClient(this.port, "admin", "demo");
		assertThat(admin
			.post(API + "/migrations/validation", "{\"fromVersion\": " + this.original + ", \"toVersion\": 999}")
			.status()).isEqualTo(404);
		assertThat(admin.get("/api/admin/processes/noSuchProcess/versions").status()).isEqualTo(404);
		Response mapping = admin.post(API + "/migrations/validation", "{\"fromVersion\": " + this.original
				+ ", \"toVersion\": " + this.original + ", \"mappings\": {\"writeAd\": \"nowhere\"}}");
		assertThat(mapping.status()).isEqualTo(400);
		assertThat(mapping.body()).contains("mappings.writeAd");
	}

	private int deploy(String model, Map<String, String> forms) {
		DeploymentBuilder deployment = this.repository.createDeployment()
			.name("jobAd edited")
			.addString("jobAd.bpmn20.xml", model);
		forms.forEach(deployment::addString);
		this.deployments.add(deployment.deploy().getId());
		return latest().getVersion();
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

	private ProcessDefinition definitionOf(String processInstanceId) {
		String id = this.runtime.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getProcessDefinitionId();
		return this.repository.getProcessDefinition(id);
	}

	private static String shape(String id) {
		return "<bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id
				+ "\"><dc:Bounds x=\"200\" y=\"400\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>\n";
	}

	private static String edge(String id) {
		return "<bpmndi:BPMNEdge id=\"" + id + "_di\" bpmnElement=\"" + id
				+ "\"><di:waypoint x=\"250\" y=\"400\" /><di:waypoint x=\"250\" y=\"480\" /></bpmndi:BPMNEdge>\n";
	}

}
