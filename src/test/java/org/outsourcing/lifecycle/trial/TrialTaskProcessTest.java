package org.outsourcing.lifecycle.trial;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.notification.Notification;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceStatus;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class TrialTaskProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	Trials trials;

	@Autowired
	Invoices invoices;

	@Autowired
	Notifications notifications;

	@Autowired
	TaskService tasks;

	@Autowired
	AuditTrail auditTrail;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void aDeliveredAndAcceptedTrialIsPaid() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));

		this.engine.passTime(Duration.ofDays(6).plusMinutes(1));
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REMINDER)
			.singleElement()
			.satisfies((notification) -> assertThat(notification.recipientUser()).isEqualTo("contractor"));
		deliver(stage);
		review(stage, "accept");
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsExactly("trialRequested", "defineTrialTask",
				"assignTrialTask", "deliveryExpectedJoin", "deliverTrialTask", "trialDeadlineApproaching",
				"remindContractorOfTrial", "contractorRemindedOfTrial", "recordTrialDelivery", "reviewTrialTask",
				"recordTrialReview", "trialPassedGateway", "deliveryAcceptedJoin", "trialDecidedJoin",
				"issueTrialInvoice", "payTrialFee", "recordTrialPayment", "trialAcceptedGateway", "trialAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "accepted");
		Trial trial = this.trials.forEngagement(engagementOf(stage)).get(0);
		assertThat(trial.status()).isEqualTo(TrialStatus.ACCEPTED);
		Invoice invoice = this.invoices.find(trial.invoiceId());
		assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(invoice.amount()).isEqualByComparingTo(new BigDecimal("250.00"));
		assertThat(invoice.paymentReference()).isEqualTo("TRF-2026-118");
	}

	@Test
	void theTrialIsNeverDueAfterTheCutOffDate() {
		LocalDate cutOff = LocalDate.ofInstant(this.engine.clock().getCurrentTime().toInstant(), ZoneOffset.UTC)
			.plusDays(10);
		Instant endOfCutOff = cutOff.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		ProcessInstance chosen = start(Map.of("cutOffDate", cutOff.toString()));

		assertThatThrownBy(() -> this.engine.complete(chosen.getId(), "defineTrialTask", "owner", trialOf(30)))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("trialDays: would be due on")
			.hasMessageContaining("after the cut-off date " + cutOff);
		assertThat(this.engine.openTaskKeys(chosen.getId())).containsExactly("defineTrialTask");

		ProcessInstance byDefault = start(Map.of("cutOffDate", cutOff.toString()));
		Map<String, Object> noDays = new HashMap<>(trialOf(1));
		noDays.remove("trialDays");
		this.engine.complete(byDefault.getId(), "defineTrialTask", "owner", noDays);

		Trial trial = this.trials.forEngagement(engagementOf(byDefault)).get(0);
		assertThat(trial.dueAt()).isEqualTo(endOfCutOff);
		assertThat(this.engine.task(byDefault.getId(), "deliverTrialTask").getDueDate().toInstant())
			.isEqualTo(endOfCutOff);
	}

	@Test
	void aLateTrialIsExtendedOnceThenFails() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));

		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("decideLateTrial");
		this.engine.complete(stage.getId(), "decideLateTrial", "owner",
				Map.of("extensionDays", 3, "form_decideLateTrial_outcome", "extend"));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("deliverTrialTask");

		this.engine.passTime(Duration.ofDays(3).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("deliverTrialTask",
				"trialDeadlinePassed", "extendedBeforeGateway", "decideLateTrial", "extendGateway",
				"extendTrialDeadline", "deliveryExpectedJoin", "deliverTrialTask", "trialDeadlinePassed",
				"extendedBeforeGateway", "trialFailedJoin", "failTrial", "trialFailed");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "failed");
		Trial trial = this.trials.forEngagement(engagementOf(stage)).get(0);
		assertThat(trial.status()).isEqualTo(TrialStatus.FAILED);
		assertThat(trial.extended()).isTrue();
		assertThat(this.invoices.forEngagement(engagementOf(stage))).isEmpty();
	}

	@Test
	void theOwnerMayFailALateTrialRightAway() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(2));
		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));

		this.engine.complete(stage.getId(), "decideLateTrial", "owner", Map.of("form_decideLateTrial_outcome", "fail"));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("extendGateway", "trialFailedJoin",
				"failTrial", "trialFailed");
	}

	@Test
	void revisionsStopAtTheirBoundAndTheTrialIsRejectedButPaid() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		for (int round = 0; round < 3; round++) {
			deliver(stage);
			review(stage, "revise");
		}
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).filteredOn("requestRevision"::equals).hasSize(2);
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("revisionsLeftGateway",
				"requestRevision", "revisionsLeftGateway", "requestRevision", "revisionsLeftGateway",
				"rejectAfterRevisions", "trialDecidedJoin", "issueTrialInvoice", "payTrialFee", "recordTrialPayment",
				"trialAcceptedGateway", "trialNotAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "rejected")
			.containsEntry("trialRevisions", 2);
		Trial trial = this.trials.forEngagement(engagementOf(stage)).get(0);
		assertThat(trial.status()).isEqualTo(TrialStatus.REJECTED);
		assertThat(trial.outcomeReason()).contains("after 2 revisions");
		assertThat(this.invoices.find(trial.invoiceId()).status()).isEqualTo(InvoiceStatus.PAID);
	}

	@Test
	void aRejectionTheContractorAcceptsIsPaidAndNotAccepted() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");
		assertThat(this.engine.task(stage.getId(), "answerTrialRejection").getAssignee()).isEqualTo("contractor");
		answer(stage, "accept", null);
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("trialPassedGateway",
				"answerTrialRejection", "trialDisputedGateway", "trialRejectionStandsJoin", "trialDecidedJoin",
				"trialAcceptedGateway", "trialNotAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "rejected");
		assertThat(disputeEntries(stage)).isEmpty();
	}

	@Test
	void aDisputedRejectionTheLiaisonOverturnsAcceptsTheTrialAndPaysItsFee() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");
		answer(stage, "dispute", "The newsletter has 380 words and one call to action, as the criteria ask");

		Task mediation = this.engine.task(stage.getId(), "mediateTrialDispute");
		assertThat(mediation.getAssignee()).as("the engagement's named liaison, nobody by group").isEqualTo("lena");
		assertThat(this.tasks.getIdentityLinksForTask(mediation.getId()))
			.noneMatch((link) -> "candidate".equals(link.getType()));
		assertThat(this.tasks.getVariable(mediation.getId(), "disputeReason"))
			.isEqualTo("The newsletter has 380 words and one call to action, as the criteria ask");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "lena".equals(notification.recipientUser()))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.subject())
				.startsWith("Please mediate: the contractor disputes the rejection of the trial delivery"));
		mediate(stage, "overturn");
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("answerTrialRejection",
				"trialDisputedGateway", "recordTrialDispute", "mediateTrialDispute", "recordTrialMediation",
				"trialRejectionUpheldGateway", "deliveryAcceptedJoin", "trialDecidedJoin", "issueTrialInvoice",
				"payTrialFee", "recordTrialPayment", "trialAcceptedGateway", "trialAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "accepted");
		Trial trial = this.trials.forEngagement(engagementOf(stage)).get(0);
		assertThat(trial.status()).isEqualTo(TrialStatus.ACCEPTED);
		assertThat(trial.outcomeReason()).startsWith("Accepted on mediation: ");
		assertThat(this.invoices.find(trial.invoiceId()).status()).isEqualTo(InvoiceStatus.PAID);
		List<AuditEntry> disputes = disputeEntries(stage);
		assertThat(disputes).extracting(AuditEntry::type, AuditEntry::actor)
			.containsExactly(tuple(AuditEntryType.DISPUTE_RAISED, "contractor"),
					tuple(AuditEntryType.DISPUTE_DECIDED, "lena"));
		assertThat(disputes.get(0).details().path("reason").asText()).startsWith("The newsletter has 380 words");
		assertThat(disputes.get(0).details().path("rejectionReason").asText())
			.isEqualTo("Judged against the criteria: reject");
		assertThat(disputes.get(1).details().path("outcome").asText()).isEqualTo("overturn");
		assertThat(disputes.get(1).details().path("note").asText()).isEqualTo("The delivery meets the criteria");
		assertThat(disputes.get(1).details().path("decidedBy").asText()).isEqualTo("lena");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "contractor".equals(notification.recipientUser()))
			.extracting(Notification::subject)
			.contains("Your dispute of the rejection of the trial delivery https://drive.example.com/trial-newsletter"
					+ ": the rejection is overturned");
	}

	@Test
	void aDisputedRejectionTheLiaisonUpholdsStandsAndTheTrialIsPaidButNotAccepted() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");
		answer(stage, "dispute", "The criteria never mentioned the tone");
		mediate(stage, "uphold");
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("recordTrialMediation",
				"trialRejectionUpheldGateway", "trialRejectionStandsJoin", "trialDecidedJoin", "trialAcceptedGateway",
				"trialNotAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "rejected");
		assertThat(this.trials.forEngagement(engagementOf(stage)).get(0).status()).isEqualTo(TrialStatus.REJECTED);
		assertThat(disputeEntries(stage)).last()
			.satisfies((decided) -> assertThat(decided.details().path("outcome").asText()).isEqualTo("uphold"));
	}

	@Test
	void aRejectionNotDisputedWithinTheWindowStands() {
		ProcessInstance stage = start(Map.of("disputeWindow", "P3D"));
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");

		this.engine.passTime(Duration.ofDays(3).minusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("answerTrialRejection");
		this.engine.passTime(Duration.ofMinutes(2));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("payTrialFee");
		pay(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("answerTrialRejection",
				"trialDisputeWindowClosed", "trialRejectionStandsJoin", "trialDecidedJoin", "trialNotAccepted");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("trialOutcome", "rejected");
		assertThat(disputeEntries(stage)).isEmpty();
	}

	@Test
	void anUndecidedDisputeEscalatesToTheOwnerAndStaysWithTheLiaison() {
		ProcessInstance stage = start(Map.of("mediationSla", "P2D"));
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");
		answer(stage, "dispute", "The criteria never mentioned the tone");

		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.ESCALATION)
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientGroup()).isEqualTo("owner");
				assertThat(notification.subject()).isEqualTo("The dispute over the trial of contractor is undecided");
				assertThat(notification.body()).startsWith("lena was to mediate the dispute within P2D");
			});
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("mediateTrialDispute");
		assertThat(this.engine.activitiesPassed(stage.getId())).contains("trialMediationOverdue",
				"escalateTrialMediation", "ownerInformedOfTrialDispute");
		mediate(stage, "overturn");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("payTrialFee");
	}

	@Test
	void aDisputeWithoutAReasonIsRefusedAtTheFieldAndChangesNothing() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);
		review(stage, "reject");

		assertThatThrownBy(() -> answer(stage, "dispute", " ")).isInstanceOfSatisfying(FormValidationException.class,
				(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("disputeReason");
					assertThat(error.reason()).contains("is required to dispute");
				}));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("answerTrialRejection");
		assertThat(this.engine.historicVariables(stage.getId())).doesNotContainKey("form_answerRejection_outcome");
		assertThat(disputeEntries(stage)).isEmpty();
	}

	@Test
	void aTrialReviewDelegatedToTheLiaisonIsTheNamedLiaisonsAndNotTheOwners() {
		ProcessInstance stage = start(Map.of("routineReviewsBy", "liaison", "liaison", "lena"));
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", trialOf(7));
		deliver(stage);

		Task review = this.engine.task(stage.getId(), "reviewTrialTask");
		assertThat(this.tasks.getIdentityLinksForTask(review.getId()))
			.extracting(IdentityLink::getUserId, IdentityLink::getGroupId)
			.containsExactly(tuple("lena", null));
		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.subject().endsWith("delivered the trial task"))
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientUser()).isEqualTo("lena");
				assertThat(notification.recipientGroup()).isNull();
			});
		this.engine.complete(stage.getId(), "reviewTrialTask", "lena",
				Map.of("reviewFeedback", "Meets the criteria", "form_reviewTrialTask_outcome", "accept"));
		assertThat(this.trials.forEngagement(engagementOf(stage)).get(0).status()).isEqualTo(TrialStatus.ACCEPTED);
	}

	private void deliver(ProcessInstance stage) {
		this.engine.complete(stage.getId(), "deliverTrialTask", "contractor", Map.of("deliverableUrl",
				"https://drive.example.com/trial-newsletter", "form_deliverTrialTask_outcome", "deliver"));
	}

	private void review(ProcessInstance stage, String verdict) {
		this.engine.complete(stage.getId(), "reviewTrialTask", "owner", Map.of("reviewFeedback",
				"Judged against the criteria: " + verdict, "form_reviewTrialTask_outcome", verdict));
	}

	private void answer(ProcessInstance stage, String outcome, String reason) {
		Map<String, Object> values = new HashMap<>();
		values.put("form_answerRejection_outcome", outcome);
		if (reason != null) {
			values.put("disputeReason", reason);
		}
		this.engine.complete(stage.getId(), "answerTrialRejection", "contractor", values);
	}

	private void mediate(ProcessInstance stage, String outcome) {
		this.engine.complete(stage.getId(), "mediateTrialDispute", "lena", Map.of("mediationNote",
				"The delivery meets the criteria", "form_mediateTrialDispute_outcome", outcome));
	}

	private List<AuditEntry> disputeEntries(ProcessInstance stage) {
		return this.auditTrail.entriesOf(engagementOf(stage))
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.DISPUTE_RAISED
					|| entry.type() == AuditEntryType.DISPUTE_DECIDED)
			.toList();
	}

	private void pay(ProcessInstance stage) {
		this.engine.complete(stage.getId(), "payTrialFee", "finance",
				Map.of("paymentReference", "TRF-2026-118", "form_payTrialFee_outcome", "pay"));
	}

	static Map<String, Object> trialOf(int days) {
		return Map.of("trialInstructions", "Write one newsletter about our spring sale", "trialAcceptanceCriteria",
				"Under 400 words, one call to action, no typos", "trialDays", days, "form_defineTrialTask_outcome",
				"assign");
	}

	private String engagementOf(ProcessInstance stage) {
		return (String) this.engine.historicVariables(stage.getId()).get("engagementId");
	}

	private ProcessInstance start() {
		return start(Map.of());
	}

	private ProcessInstance start(Map<String, Object> overrides) {
		Map<String, Object> variables = new HashMap<>(overrides);
		variables.put("engagementId", "trial-" + System.nanoTime());
		variables.put("title", "Monthly newsletter");
		variables.put("contractorUserId", "contractor");
		variables.put("trialFee", new BigDecimal("250.00"));
		variables.put("currency", "USD");
		variables.putIfAbsent("liaison", "lena");
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("trialTask")
			.variables(variables)
			.start();
	}

}
