package org.outsourcing.lifecycle.audit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stage 0 run through the engine leaves exactly the story an auditor must read. */
@SpringBootTest
class AuditTrailProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AccessRegister accessRegister;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RepositoryService repository;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void coreWorkConfirmedByTheOwnerIsRecordedStepByStep() {
		ProcessInstance stage = start(definition("none", false, true));
		this.engine.complete(stage.getId(), "confirmCoreWork", "owner",
				Map.of("form_confirmCoreWork_outcome", "confirm", "confirmationNote", "We lack the hours"));

		List<AuditEntry> entries = this.trail.entriesOf(stage.getId());
		assertThat(entries).extracting(AuditTrailProcessTest::line)
			.containsExactly("PROCESS_STARTED - system", "ACTIVITY_STARTED workDefinitionSubmitted system",
					"ACTIVITY_COMPLETED workDefinitionSubmitted system",
					"ACTIVITY_STARTED definitionCompleteGateway system",
					"ACTIVITY_COMPLETED definitionCompleteGateway system",
					"ACTIVITY_STARTED definitionReadyJoin system", "ACTIVITY_COMPLETED definitionReadyJoin system",
					"ACTIVITY_STARTED checkOutsourcingPolicy system",
					"DECISION_EVALUATED checkOutsourcingPolicy system",
					"ACTIVITY_COMPLETED checkOutsourcingPolicy system",
					"ACTIVITY_STARTED outsourcingAllowedGateway system",
					"ACTIVITY_COMPLETED outsourcingAllowedGateway system",
					"ACTIVITY_STARTED coreCompetencyGateway system", "ACTIVITY_COMPLETED coreCompetencyGateway system",
					"ACTIVITY_STARTED confirmCoreWork system", "TASK_CREATED confirmCoreWork system",
					"TASK_ASSIGNED confirmCoreWork owner", "TASK_COMPLETED confirmCoreWork owner",
					"ACTIVITY_COMPLETED confirmCoreWork owner", "ACTIVITY_STARTED confirmedGateway owner",
					"ACTIVITY_COMPLETED confirmedGateway owner", "ACTIVITY_STARTED policyCheckedJoin owner",
					"ACTIVITY_COMPLETED policyCheckedJoin owner", "ACTIVITY_STARTED determineClientContact owner",
					"DECISION_EVALUATED determineClientContact owner",
					"ACTIVITY_COMPLETED determineClientContact owner", "ACTIVITY_STARTED determineDataProtection owner",
					"DECISION_EVALUATED determineDataProtection owner",
					"ACTIVITY_COMPLETED determineDataProtection owner", "ACTIVITY_STARTED recordWorkDefinition owner",
					"ACTIVITY_COMPLETED recordWorkDefinition owner", "ACTIVITY_STARTED workDefined owner",
					"ACTIVITY_COMPLETED workDefined owner", "PROCESS_COMPLETED - owner");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.engagementId()).isEqualTo(stage.getId());
			assertThat(entry.processInstanceId()).isEqualTo(stage.getId());
			assertThat(entry.processDefinitionKey()).isEqualTo("defineWork");
		});
		assertThat(entries).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
		assertThat(entries).extracting(AuditEntry::timestamp).isSorted();
		for (int i = 1; i < entries.size(); i++) {
			// Nothing else ran in between, so this engagement's entries are consecutive
			// links.
			assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
		}

		JsonNode started = entries.get(0).details();
		assertThat(started.at("/variables/title").asText()).isEqualTo("Monthly newsletter");
		assertThat(started.at("/variables/coreCompetency").asBoolean()).isTrue();

		JsonNode policy = entries.get(8).details();
		assertThat(policy.get("decisionKey").asText()).isEqualTo("outsourcingAllowed");
		assertThat(policy.get("inputs"))
			.hasToString("{\"coreCompetency\":true,\"dataSensitivity\":\"none\",\"securityRelated\":false}");
		assertThat(policy.get("outputs"))
			.hasToString("[{\"outsourcingAllowed\":true,\"ownerConfirmationRequired\":true,\"refusalReason\":\"\"}]");
		assertThat(policy.get("matchedRules")).hasToString("[3]");

		JsonNode created = entries.get(15).details();
		assertThat(created.get("candidateGroups")).hasToString("[\"owner\"]");
		assertThat(created.get("formKey").asText()).isEqualTo("confirmCoreWork");
		assertThat(created.get("dueDate").asText()).isNotBlank();
		assertThat(entries.get(15).activityName()).isEqualTo("Confirm outsourcing core work");

		JsonNode completed = entries.get(17).details();
		assertThat(completed.get("outcome").asText()).isEqualTo("confirm");
		assertThat(completed.at("/values/confirmationNote").asText()).isEqualTo("We lack the hours");

		JsonNode clientContact = entries.get(24).details();
		assertThat(clientContact.get("decisionKey").asText()).isEqualTo("clientContact");
		assertThat(clientContact.at("/outputs/0/clientContactClauseRequired").asBoolean()).isFalse();

		JsonNode protection = entries.get(27).details();
		assertThat(protection.get("inputs")).hasToString("{\"dataSensitivity\":\"none\"}");
		assertThat(protection.at("/outputs/0/accessLevel").asText()).isEqualTo("workToolsOnly");
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void anExpiredConfirmationRecordsTheTimerTheCancelledTaskAndTheNotification() {
		Map<String, Object> definition = definition("none", false, true);
		definition.put("defineWorkSla", "P2D");
		ProcessInstance stage = start(definition);
		long before = this.trail.entriesOf(stage.getId()).size();

		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));

		List<AuditEntry> afterDeadline = this.trail.entriesOf(stage.getId());
		assertThat(afterDeadline.subList((int) before, afterDeadline.size())).extracting(AuditTrailProcessTest::line)
			.containsExactly("TIMER_FIRED confirmationOverdue system", "ACTIVITY_CANCELLED confirmCoreWork system",
					// A boundary event "starts" with its task; the engine reports only
					// that it completed.
					"ACTIVITY_COMPLETED confirmationOverdue system", "ACTIVITY_STARTED deadlineMissedJoin system",
					"ACTIVITY_COMPLETED deadlineMissedJoin system", "ACTIVITY_STARTED recordLapsedRequest system",
					"NOTIFICATION_QUEUED - system", "ACTIVITY_COMPLETED recordLapsedRequest system",
					"ACTIVITY_STARTED requestLapsed system", "ACTIVITY_COMPLETED requestLapsed system",
					"PROCESS_COMPLETED - system");
		AuditEntry timer = afterDeadline.get((int) before);
		assertThat(timer.activityName()).isEqualTo("Confirmation overdue");
		assertThat(timer.details().get("attachedTo").asText()).isEqualTo("confirmCoreWork");
		assertThat(timer.details().get("interrupting").asBoolean()).isTrue();
		AuditEntry cancelled = afterDeadline.get((int) before + 1);
		assertThat(cancelled.details().get("cause").asText()).isEqualTo("confirmationOverdue");
		assertThat(cancelled.details().get("causeName").asText()).isEqualTo("Confirmation overdue");
		AuditEntry notification = afterDeadline.get((int) before + 6);
		assertThat(notification.details().get("kind").asText()).isEqualTo("INFORMATION");
		assertThat(notification.details().get("recipientUser").asText()).isEqualTo("owner");
		assertThat(notification.processInstanceId()).isEqualTo(stage.getId());
	}

	@Test
	void aTaskAssignedByTheModelIsRecordedAsCreatedThenAssigned() {
		String deployment = this.repository.createDeployment()
			.disableBpmnValidation()
			.addClasspathResource("audit/assignedTask.bpmn20.xml")
			.deploy()
			.getId();
		try {
			ProcessInstance instance = this.runtime.createProcessInstanceBuilder()
				.processDefinitionKey("auditAssignedTask")
				.variables(Map.of("contractorUserId", "contractor"))
				.start();
			this.engine.complete(instance.getId(), "submitStatusUpdate", "contractor",
					Map.of("statusUpdate", "Newsletter drafted"));

			assertThat(this.trail.entriesOf(instance.getId())).extracting(AuditTrailProcessTest::line)
				.containsExactly("PROCESS_STARTED - system", "ACTIVITY_STARTED updateDue system",
						"ACTIVITY_COMPLETED updateDue system", "ACTIVITY_STARTED submitStatusUpdate system",
						// Assigned by the model, not by a person; assigning the same user
						// again changes nothing.
						"TASK_CREATED submitStatusUpdate system", "TASK_ASSIGNED submitStatusUpdate system",
						"TASK_COMPLETED submitStatusUpdate contractor",
						"ACTIVITY_COMPLETED submitStatusUpdate contractor",
						"ACTIVITY_STARTED updateSubmitted contractor", "ACTIVITY_COMPLETED updateSubmitted contractor",
						"PROCESS_COMPLETED - contractor");
		}
		finally {
			this.repository.deleteDeployment(deployment, true);
		}
	}

	@Test
	void accessGrantsAndRevocationsAreRecordedWithWhoDidIt() {
		String engagementId = "access-" + System.nanoTime();
		this.accessRegister.grant(engagementId, "contractor", "crm", "customerDataReadOnly", "it");
		this.accessRegister.revokeAll(engagementId, "it-admin");

		List<AuditEntry> entries = this.trail.entriesOf(engagementId);
		assertThat(entries).extracting(AuditTrailProcessTest::line)
			.containsExactly("ACCESS_GRANTED - it", "ACCESS_REVOKED - it-admin");
		assertThat(entries.get(0).details().get("resource").asText()).isEqualTo("crm");
		assertThat(entries.get(1).details().get("revokedCount").asInt()).isEqualTo(1);
		assertThat(entries.get(1).details().at("/grants/0/grantee").asText()).isEqualTo("contractor");
	}

	@Test
	void aChangeWhoseAuditEntryFailsIsRolledBackWithIt() {
		String engagementId = "rollback-" + System.nanoTime();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.accessRegister.grant(engagementId, "contractor", "crm", "full", "it");
			throw new IllegalStateException("the change fails after its entry was written");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(this.trail.entriesOf(engagementId)).isEmpty();
		assertThat(this.accessRegister.grants(engagementId)).isEmpty();
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	private ProcessInstance start(Map<String, Object> variables) {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(variables)
			.start();
	}

	private static String line(AuditEntry entry) {
		return entry.type() + " " + ((entry.activityId() != null) ? entry.activityId() : "-") + " " + entry.actor();
	}

	static Map<String, Object> definition(String dataSensitivity, boolean securityRelated, boolean coreCompetency) {
		return DefineWorkProcessTest.definition(dataSensitivity, securityRelated, coreCompetency);
	}

}
