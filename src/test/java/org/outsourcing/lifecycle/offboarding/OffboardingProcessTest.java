package org.outsourcing.lifecycle.offboarding;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalStateException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.access.AccessGrant;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.WorkDefinition;
import org.outsourcing.lifecycle.notification.Notification;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.payment.InvoiceKind;
import org.outsourcing.lifecycle.payment.InvoiceStatus;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class OffboardingProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	TaskService tasks;

	@Autowired
	AccessRegister register;

	@Autowired
	Offboardings offboardings;

	@Autowired
	Engagements engagements;

	@Autowired
	Invoices invoices;

	@Autowired
	Notifications notifications;

	private final List<String> started = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.engine.resetClock();
		for (String id : this.started) {
			if (this.runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				this.runtime.deleteProcessInstance(id, "test finished");
			}
		}
	}

	@Test
	void everyAccessIsRevokedAndVerifiedTheWorkRecoveredTheDataReturnedThePaymentSettledThenArchived() {
		String engagementId = engagement();
		this.register.grant(engagementId, "contractor", "CMS editor account", "customerData", "it");
		this.register.grant(engagementId, "contractor", "Newsletter tool", "customerData", "it");
		ProcessInstance stage = start(engagementId, Map.of());
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactlyInAnyOrder("revokeAccess",
				"recoverDeliverables", "confirmDataReturned");
		assertThat(this.engagements.find(engagementId).orElseThrow().status()).isEqualTo(EngagementStatus.OFFBOARDING);

		this.engine.complete(stage.getId(), "revokeAccess", "it", revoked("Disabled both accounts"));
		assertThat(this.register.activeGrants(engagementId)).isEmpty();
		this.engine.complete(stage.getId(), "verifyAccessRevoked", "owner", Map.of("verificationNotes",
				"The CMS still accepts the old session", "form_verifyAccessRevoked_outcome", "stillActive"));
		this.engine.complete(stage.getId(), "revokeAccess", "it", revoked("Ended all CMS sessions"));
		this.engine.complete(stage.getId(), "verifyAccessRevoked", "owner", verified());
		this.engine.complete(stage.getId(), "recoverDeliverables", "liaison", recovered());
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("confirmDataReturned");
		this.engine.complete(stage.getId(), "confirmDataReturned", "contractor", dataReturned(true));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("settleFinalInvoice");
		this.engine.complete(stage.getId(), "settleFinalInvoice", "finance",
				settlement(new BigDecimal("750.00"), "PAY-FINAL-1"));
		this.engine.complete(stage.getId(), "recordFeedback", "owner", feedback());

		assertThat(this.register.activeGrants(engagementId)).isEmpty();
		assertThat(this.register.grants(engagementId)).hasSize(2)
			.allSatisfy((grant) -> assertThat(grant.revokedBy()).isEqualTo("it"));
		OffboardingRecord record = this.offboardings.find(engagementId).orElseThrow();
		assertThat(record.grantsRevoked()).isEqualTo(2);
		assertThat(record.deliverablesRecovered()).isTrue();
		assertThat(record.repositoryUrl()).isEqualTo("https://git.example.com/company/newsletter");
		assertThat(record.recoveredBy()).isEqualTo("liaison");
		assertThat(record.dataDisposition()).isEqualTo("destroyed");
		assertThat(record.confirmedBy()).isEqualTo("contractor");
		assertThat(record.finalAmount()).isEqualByComparingTo("750");
		assertThat(record.rating()).isEqualTo(5);
		assertThat(record.rehireEligible()).isTrue();
		assertThat(record.archivedAt()).isNotNull();
		assertThat(this.invoices.forEngagement(engagementId)).singleElement().satisfies((invoice) -> {
			assertThat(invoice.kind()).isEqualTo(InvoiceKind.FINAL);
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
			assertThat(invoice.amount()).isEqualByComparingTo("750");
			assertThat(invoice.paymentReference()).isEqualTo("PAY-FINAL-1");
			assertThat(invoice.id()).isEqualTo(record.finalInvoiceId());
		});
		Engagement archived = this.engagements.find(engagementId).orElseThrow();
		assertThat(archived.status()).isEqualTo(EngagementStatus.ARCHIVED);
		assertThat(archived.statusReason()).contains("rated 5, eligible for rehire");
		List<String> passed = this.engine.activitiesPassed(stage.getId());
		assertThat(passed).startsWith("offboardingStarted", "startOffboarding", "offboardingSplit")
			.endsWith("offboardingJoin", "recordFeedback", "archiveEngagement", "engagementArchived");
		assertThat(passed).containsSubsequence("revocationJoin", "revokeAccess", "recordRevocation",
				"verifyAccessRevoked", "allAccessRevokedGateway", "revocationJoin", "revokeAccess", "recordRevocation",
				"verifyAccessRevoked", "allAccessRevokedGateway", "offboardingJoin");
		assertThat(passed).containsSubsequence("recoverDeliverables", "recordDeliverablesRecovered", "workReturnedJoin",
				"settleFinalInvoice");
		assertThat(passed).containsSubsequence("remindNda", "confirmDataReturned", "recordDataDisposition",
				"workReturnedJoin", "settleFinalInvoice");
		assertThat(passed).containsSubsequence("workReturnedJoin", "settleFinalInvoice", "recordFinalSettlement",
				"offboardingJoin");
		assertThat(passed).doesNotContain("revocationOverdue", "recoveryOverdue", "settlementOverdue");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("offboardingOutcome", "archived");
		assertThat(this.notifications.forProcessInstance(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.kind()).isEqualTo(NotificationKind.INFORMATION);
			assertThat(notification.recipientUser()).isEqualTo("contractor");
			assertThat(notification.subject())
				.isEqualTo("Your engagement on 'Monthly newsletter' ends: your confidentiality agreement still binds");
			assertThat(notification.body()).contains("client relationships stay with the company");
		});
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(stage.getId()).count()).isZero();
	}

	@Test
	void lateRevocationEscalatesToTheOwnerAfter24Hours() {
		String engagementId = engagement();
		this.register.grant(engagementId, "contractor", "CMS editor account", "customerData", "it");
		ProcessInstance stage = start(engagementId, Map.of());

		this.engine.passTime(Duration.ofHours(23));
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.noneMatch((notification) -> notification.kind() == NotificationKind.ESCALATION);
		this.engine.passTime(Duration.ofHours(1).plusMinutes(1));

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.ESCALATION)
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientGroup()).isEqualTo("owner");
				assertThat(notification.subject())
					.isEqualTo("Access of contractor to 'Monthly newsletter' is still not revoked");
				assertThat(notification.body()).contains("CMS editor account (customerData) for contractor");
			});
		assertThat(this.engine.openTaskKeys(stage.getId())).contains("revokeAccess");
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("revokeAccess", "revocationOverdue",
				"escalateLateRevocation", "ownerInformedOfRevocation");
		assertThat(this.register.activeGrants(engagementId)).hasSize(1);
	}

	@Test
	void nothingOwedIsSettledWithoutAnInvoiceAndNoAccessEverSurvivesTheArchive() {
		String engagementId = engagement();
		this.register.grant(engagementId, "contractor", "Newsletter tool", "customerData", "it");
		ProcessInstance stage = start(engagementId, Map.of());

		this.engine.complete(stage.getId(), "revokeAccess", "it", revoked(null));
		// IT granted the tool again by mistake: the owner's "verified" does not outweigh
		// the register
		AccessGrant regranted = this.register.grant(engagementId, "contractor", "Newsletter tool", "customerData",
				"it");
		this.engine.complete(stage.getId(), "verifyAccessRevoked", "owner", verified());
		assertThat(this.engine.openTaskKeys(stage.getId())).contains("revokeAccess").doesNotContain("recordFeedback");
		this.engine.complete(stage.getId(), "revokeAccess", "it", revoked("Removed the new grant"));
		this.engine.complete(stage.getId(), "verifyAccessRevoked", "owner", verified());

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "recoverDeliverables", "liaison",
				Map.of("deliverablesRecovered", false, "repositoryUrl", "https://git.example.com/company/newsletter",
						"form_recoverDeliverables_outcome", "recovered")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
						.containsExactly("deliverablesRecovered"));
		assertThatThrownBy(
				() -> this.engine.complete(stage.getId(), "confirmDataReturned", "contractor", dataReturned(false)))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
						.containsExactly("confirmNoCopiesKept"));
		this.engine.complete(stage.getId(), "recoverDeliverables", "liaison", recovered());
		this.engine.complete(stage.getId(), "confirmDataReturned", "contractor", dataReturned(true));
		this.engine.complete(stage.getId(), "settleFinalInvoice", "finance", settlement(BigDecimal.ZERO, null));

		this.register.grant(engagementId, "contractor", "Shared drive", "customerData", "it");
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "recordFeedback", "owner", feedback()))
			.isInstanceOf(FlowableIllegalStateException.class)
			.hasMessageContaining("1 access grant(s) are still active");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("recordFeedback");
		this.register.revokeAll(engagementId, "it");
		this.engine.complete(stage.getId(), "recordFeedback", "owner", feedback());

		assertThat(this.register.activeGrants(engagementId)).isEmpty();
		assertThat(this.register.grants(engagementId)).extracting(AccessGrant::id).contains(regranted.id());
		assertThat(this.invoices.forEngagement(engagementId)).isEmpty();
		OffboardingRecord record = this.offboardings.find(engagementId).orElseThrow();
		assertThat(record.finalAmount()).isEqualByComparingTo("0");
		assertThat(record.finalInvoiceId()).isNull();
		assertThat(record.grantsRevoked()).isEqualTo(2);
		assertThat(this.engine.activitiesPassed(stage.getId())).filteredOn("revokeAccess"::equals).hasSize(2);
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("offboardingOutcome", "archived");
		assertThat(this.engagements.find(engagementId).orElseThrow().status()).isEqualTo(EngagementStatus.ARCHIVED);
	}

	@Test
	void lateTasksRemindTheirOwnersAndTheNamedLiaisonNotTheLiaisonGroup() {
		String engagementId = engagement();
		// the work definition names Lena as the liaison: she, not every liaison, recovers
		// the deliverables and hears of what is late
		ProcessInstance stage = start(engagementId, Map.of("liaison", "lena"));
		Task recovery = this.engine.task(stage.getId(), "recoverDeliverables");
		assertThat(recovery.getAssignee()).isEqualTo("lena");
		assertThat(this.tasks.getIdentityLinksForTask(recovery.getId())).noneMatch((link) -> link.getGroupId() != null);
		this.engine.complete(stage.getId(), "revokeAccess", "it", revoked(null));

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.extracting(Notification::kind,
					(notification) -> (notification.recipientGroup() != null) ? notification.recipientGroup()
							: "user:" + notification.recipientUser())
			.containsExactlyInAnyOrder(tuple(NotificationKind.INFORMATION, "user:contractor"),
					tuple(NotificationKind.REMINDER, "owner"), tuple(NotificationKind.REMINDER, "user:lena"),
					tuple(NotificationKind.ESCALATION, "user:lena"));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactlyInAnyOrder("verifyAccessRevoked",
				"recoverDeliverables", "confirmDataReturned");

		this.engine.complete(stage.getId(), "recoverDeliverables", "lena", recovered());
		this.engine.complete(stage.getId(), "confirmDataReturned", "contractor", dataReturned(true));
		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "finance".equals(notification.recipientGroup()))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.kind()).isEqualTo(NotificationKind.REMINDER));
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("workReturnedJoin",
				"settleFinalInvoice", "settlementOverdue", "remindFinanceToSettle");
	}

	private String engagement() {
		String engagementId = "offboarding-" + System.nanoTime();
		this.engagements.record(new WorkDefinition(engagementId, "Monthly newsletter", "emailMarketing",
				"customerPersonalData", "customerData", "owner", "liaison"), EngagementStatus.ACTIVE, null);
		return engagementId;
	}

	private ProcessInstance start(String engagementId, Map<String, Object> overrides) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("engagementId", engagementId);
		variables.put("contractorUserId", "contractor");
		variables.put("title", "Monthly newsletter");
		variables.put("liaison", "liaison");
		variables.put("accessLevel", "customerData");
		variables.put("offboardingReason", "Notice given by the contractor: moving to a full-time job");
		variables.putAll(overrides);
		ProcessInstance stage = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("offboarding")
			.variables(variables)
			.start();
		this.started.add(stage.getId());
		return stage;
	}

	private static Map<String, Object> revoked(String notes) {
		Map<String, Object> values = new HashMap<>();
		if (notes != null) {
			values.put("revocationNotes", notes);
		}
		values.put("form_revokeAccess_outcome", "revoked");
		return values;
	}

	private static Map<String, Object> verified() {
		return Map.of("form_verifyAccessRevoked_outcome", "verified");
	}

	private static Map<String, Object> recovered() {
		return Map.of("deliverablesRecovered", true, "repositoryUrl", "https://git.example.com/company/newsletter",
				"recoveryNotes", "Templates, subscriber segments and the send scripts",
				"form_recoverDeliverables_outcome", "recovered");
	}

	private static Map<String, Object> dataReturned(boolean noCopiesKept) {
		return Map.of("dataDisposition", "destroyed", "confirmNoCopiesKept", noCopiesKept,
				"form_confirmDataReturned_outcome", "confirm");
	}

	private static Map<String, Object> settlement(BigDecimal amount, String reference) {
		Map<String, Object> values = new HashMap<>();
		values.put("finalAmount", amount);
		values.put("currency", "USD");
		if (reference != null) {
			values.put("paymentReference", reference);
		}
		values.put("form_settleFinalInvoice_outcome", "settle");
		return values;
	}

	private static Map<String, Object> feedback() {
		return Map.of("rating", 5, "rehireEligible", true, "feedback", "Reliable, clear writer; would hire again",
				"form_recordFeedback_outcome", "archive");
	}

}
