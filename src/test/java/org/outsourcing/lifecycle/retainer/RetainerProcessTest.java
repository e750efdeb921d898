package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.notification.Notification;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceKind;
import org.outsourcing.lifecycle.payment.InvoiceStatus;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class RetainerProcessTest {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	EngineDriver engine;

	@Autowired
	Retainers retainers;

	@Autowired
	StatusUpdates statusUpdates;

	@Autowired
	PerformanceReviews reviews;

	@Autowired
	Invoices invoices;

	@Autowired
	RetainerNotices notices;

	@Autowired
	Notifications notifications;

	@Autowired
	TaskForms forms;

	@Autowired
	TaskService tasks;

	private final List<String> started = new ArrayList<>();

	/**
	 * A retainer left running would keep its cycles going when a later test moves the
	 * clock.
	 */
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
	void twoMonthsOfUpdatesAndInvoicesWithAFeeRaiseThenTheContractorGivesNotice() {
		String engagementId = "retainer-" + System.nanoTime();
		// updates on days 10 and 20, invoices on days 12 and 24, the review on day 15
		ProcessInstance stage = start(engagementId,
				Map.of("statusUpdateCycle", "R/P10D", "invoiceCycle", "R/P12D", "performanceReviewCycle", "R/P15D"));
		this.engine.complete(stage.getId(), "offerRetainer", "owner", RetainerFixtures.offer(12));
		this.engine.complete(stage.getId(), "acceptRetainer", "contractor", RetainerFixtures.accept());
		Retainer started = this.retainers.active(engagementId).orElseThrow();
		assertThat(started.monthlyFee()).isEqualByComparingTo("1500");
		assertThat(started.endsAt()).isEqualTo(Retainers.plusMonths(started.startsAt(), 12));
		assertThat(this.retainers.fees(started.id())).singleElement()
			.satisfies((fee) -> assertThat(fee.changedBy()).isEqualTo("owner"));

		this.engine.passTime(Duration.ofDays(10).plusMinutes(1));
		this.engine.complete(stage.getId(), "submitStatusUpdate", "contractor",
				RetainerFixtures.statusUpdate("First issue drafted", null));
		this.engine.passTime(Duration.ofDays(2));
		this.engine.complete(stage.getId(), "approveInvoice", "finance", RetainerFixtures.approveInvoice());
		this.engine.complete(stage.getId(), "payInvoice", "finance", RetainerFixtures.payInvoice("PAY-1"));
		this.engine.passTime(Duration.ofDays(3));
		this.engine.complete(stage.getId(), "reviewPerformance", "owner",
				RetainerFixtures.raiseFee(1800, "Open rate doubled"));
		this.engine.passTime(Duration.ofDays(5));
		this.engine.complete(stage.getId(), "submitStatusUpdate", "contractor",
				RetainerFixtures.statusUpdate("Second issue sent", "Need access to the mailing tool"));
		this.engine.passTime(Duration.ofDays(4));
		this.engine.complete(stage.getId(), "approveInvoice", "finance", RetainerFixtures.approveInvoice());
		this.engine.complete(stage.getId(), "payInvoice", "finance", RetainerFixtures.payInvoice("PAY-2"));
		this.engine.passTime(Duration.ofDays(1));

		Retainer ended = this.notices.give(engagementId, "contractor", "Moving to a full-time job");

		assertThat(ended.status()).isEqualTo(RetainerStatus.ENDED);
		assertThat(ended.endReason()).isEqualTo("Notice given by the contractor: Moving to a full-time job");
		assertThat(this.retainers.fees(started.id())).extracting(FeeChange::monthlyFee)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1500"), new BigDecimal("1800"));
		assertThat(this.invoices.forEngagement(engagementId))
			.extracting(Invoice::kind, Invoice::status, Invoice::amount, Invoice::paymentReference)
			.containsExactly(tuple(InvoiceKind.RETAINER_MONTH, InvoiceStatus.PAID, new BigDecimal("1500.00"), "PAY-1"),
					tuple(InvoiceKind.RETAINER_MONTH, InvoiceStatus.PAID, new BigDecimal("1800.00"), "PAY-2"));
		assertThat(this.statusUpdates.forRetainer(started.id())).extracting(StatusUpdate::progress)
			.containsExactly("First issue drafted", "Second issue sent");
		assertThat(this.reviews.forRetainer(started.id())).singleElement().satisfies((review) -> {
			assertThat(review.outcome()).isEqualTo("raiseFee");
			assertThat(review.reviewedBy()).isEqualTo("owner");
		});
		List<String> passed = this.engine.activitiesPassed(stage.getId());
		assertThat(passed).containsSubsequence("retainerRequested", "offerRetainer", "acceptRetainer",
				"retainerAcceptedGateway", "startRetainer", "retainerTerm", "termStarted", "termRunningJoin",
				"renewalDue", "statusUpdateRound", "statusUpdateDue", "collectStatusUpdate", "statusUpdateRequested",
				"submitStatusUpdate", "recordStatusUpdate", "statusUpdateRecorded", "statusUpdateRoundEnded",
				"invoiceRound", "invoiceDue", "invoiceMonth", "monthToInvoice", "issueMonthlyInvoice", "approveInvoice",
				"invoiceApprovedGateway", "recordInvoiceApproval", "payInvoice", "recordInvoicePayment", "invoicePaid",
				"invoiceRoundEnded", "performanceReviewRound", "performanceReviewDue", "holdPerformanceReview",
				"reviewOpened", "reviewPerformance", "recordPerformanceReview", "reviewOutcomeGateway", "raiseFee",
				"feeRaised", "reviewRoundEnded", "submitStatusUpdate", "recordInvoicePayment", "takeNotice",
				"noticeGiven", "recordNotice", "retainerEndedByNotice");
		assertThat(passed).filteredOn("recordStatusUpdate"::equals).hasSize(2);
		assertThat(passed).filteredOn("recordInvoicePayment"::equals).hasSize(2);
		assertThat(passed).doesNotContain("decideRenewal", "statusUpdateMissed", "endRetainer");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("retainerOutcome", "notice");
		assertEnded(stage);
		List<Notification> sent = this.notifications.forProcessInstance(stage.getId());
		assertThat(sent).filteredOn((notification) -> "liaison".equals(notification.recipientUser()))
			.extracting(Notification::kind, Notification::body)
			.containsExactly(tuple(NotificationKind.INFORMATION, "First issue drafted"),
					tuple(NotificationKind.ACTION_REQUIRED, "Need access to the mailing tool"),
					// the blocker became the liaison's task, unresolved when the notice
					// came
					tuple(NotificationKind.REMINDER,
							"contractor is blocked: Need access to the mailing tool. Please resolve it or pass it to "
									+ "the owner; unresolved after another P3D it goes to the owners."),
					tuple(NotificationKind.INFORMATION,
							"Notice given by the contractor: Moving to a full-time job. Offboarding follows."));
		assertThat(sent).filteredOn((notification) -> "contractor".equals(notification.recipientUser()))
			.extracting(Notification::subject)
			.contains("Your fee for 'Monthly newsletter' is raised",
					"Invoice " + this.invoices.forEngagement(engagementId).get(1).id() + " is paid");
	}

	@Test
	void aMissedStatusUpdateEscalatesToTheLiaison() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, Map.of());

		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("submitStatusUpdate");
		this.engine.passTime(Duration.ofDays(2));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("submitStatusUpdate");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.ESCALATION)
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientUser()).isEqualTo("liaison");
				assertThat(notification.subject()).isEqualTo("The status update on 'Monthly newsletter' is missing");
			});
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("statusUpdateDue",
				"submitStatusUpdate", "statusUpdateMissed", "escalateMissedUpdate", "liaisonEscalated");
	}

	@Test
	void aReportedBlockerIsATaskForTheNamedLiaisonWhoseAnswerTheContractorReadsNext() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = blockedAfterAWeek(engagementId, "Need access to the mailing tool");

		Task resolve = this.engine.task(stage.getId(), "resolveBlocker");
		assertThat(resolve.getAssignee()).isEqualTo("liaison");
		assertThat(this.tasks.getIdentityLinksForTask(resolve.getId()))
			.as("the named liaison's task, not the liaison group's")
			.noneMatch((link) -> link.getGroupId() != null);
		assertThat(resolve.getDueDate()).isNotNull();
		assertThat(this.forms.taskForm(resolve.getId()).values()).containsEntry("reportedBlockers",
				"Need access to the mailing tool");

		// the liaison is reminded, resolves it, and the escalation that was due is not
		// sent
		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));
		assertThat(sentTo(stage, NotificationKind.REMINDER)).containsExactly("user:liaison");
		this.engine.complete(stage.getId(), "resolveBlocker", "liaison", Map.of("blockerResolutionNote",
				"Invited you to the mailing tool as an editor", "form_resolveBlocker_outcome", "resolved"));
		this.engine.passTime(Duration.ofDays(4));
		assertThat(sentTo(stage, NotificationKind.ESCALATION)).isEmpty();
		assertThat(this.management.createTimerJobQuery()
			.processInstanceId(stage.getId())
			.list()
			.stream()
			.map((job) -> job.getElementId())
			.toList()).doesNotContain("blockerEscalationDue", "blockerUnresolved");

		assertThat(this.auditTrail.entriesOf(engagementId))
			.filteredOn((entry) -> entry.type() == AuditEntryType.BLOCKER_RESOLVED)
			.singleElement()
			.satisfies((resolved) -> {
				assertThat(resolved.actor()).isEqualTo("liaison");
				assertThat(resolved.timestamp()).isNotNull();
				assertThat(resolved.details().path("outcome").asText()).isEqualTo("resolved");
				assertThat(resolved.details().path("note").asText())
					.isEqualTo("Invited you to the mailing tool as an editor");
				assertThat(resolved.details().path("blockers").asText()).isEqualTo("Need access to the mailing tool");
			});
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "contractor".equals(notification.recipientUser()))
			.extracting(Notification::subject, Notification::body)
			.contains(tuple("Your blocker on 'Monthly newsletter' is resolved",
					"Invited you to the mailing tool as an editor"));

		// the next update shows the contractor the answer; without blockers it makes no
		// task
		this.engine.passTime(Duration.ofDays(1));
		Task next = this.engine.task(stage.getId(), "submitStatusUpdate");
		assertThat(String.valueOf(this.forms.taskForm(next.getId()).values().get("lastBlockerAnswer")))
			.startsWith("Resolved on ")
			.contains("Invited you to the mailing tool as an editor", "Need access to the mailing tool");
		this.engine.complete(stage.getId(), "submitStatusUpdate", "contractor",
				RetainerFixtures.statusUpdate("Issue sent", null));
		assertThat(this.engine.openTaskKeys(stage.getId())).doesNotContain("resolveBlocker");
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("recordStatusUpdate",
				"blockersGateway", "resolveBlocker", "recordBlockerResolution", "blockerResolved",
				"statusUpdateRoundEnded", "recordStatusUpdate", "blockersGateway", "statusUpdateRecorded");
	}

	@Test
	void aBlockerLeftUnresolvedRemindsTheLiaisonThenTellsTheOwnersAndTheLiaisonMayPassItOn() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = blockedAfterAWeek(engagementId, "The brand colours are not decided");

		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));
		assertThat(sentTo(stage, NotificationKind.REMINDER)).containsExactly("user:liaison");
		assertThat(sentTo(stage, NotificationKind.ESCALATION)).isEmpty();
		this.engine.passTime(Duration.ofDays(3));
		assertThat(sentTo(stage, NotificationKind.ESCALATION)).containsExactly("group:owner");
		assertThat(this.engine.task(stage.getId(), "resolveBlocker").getAssignee())
			.as("the task stays with the liaison")
			.isEqualTo("liaison");

		this.engine.complete(stage.getId(), "resolveBlocker", "liaison", Map.of("blockerResolutionNote",
				"Only the owner can decide the colours", "form_resolveBlocker_outcome", "escalate"));

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.ACTION_REQUIRED
					&& "owner".equals(notification.recipientGroup()))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.body()).contains("The brand colours are not decided",
					"Only the owner can decide the colours"));
		assertThat(this.statusUpdates.lastBlockerAnswer(this.retainers.active(engagementId).orElseThrow().id()))
			.startsWith("Passed to the owner on ")
			.contains("Only the owner can decide the colours");
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("resolveBlocker",
				"blockerUnresolved", "remindLiaisonOfBlocker", "blockerEscalationDue", "escalateBlockerToOwners",
				"ownersInformedOfBlocker");
	}

	@Test
	void aResolutionNeedsItsNoteAndChangesNothingWithout() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = blockedAfterAWeek(engagementId, "Need the logo files");

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "resolveBlocker", "liaison",
				Map.of("form_resolveBlocker_outcome", "resolved")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting(FieldError::field)
						.containsExactly("blockerResolutionNote"));
		assertThat(this.engine.openTaskKeys(stage.getId())).contains("resolveBlocker");
		assertThat(this.auditTrail.entriesOf(engagementId))
			.noneMatch((entry) -> entry.type() == AuditEntryType.BLOCKER_RESOLVED);
	}

	private List<String> sentTo(ProcessInstance stage, NotificationKind kind) {
		return this.notifications.forProcessInstance(stage.getId())
			.stream()
			.filter((notification) -> notification.kind() == kind && notification.subject().contains("blocker"))
			.map(Notification::recipient)
			.toList();
	}

	/** A running retainer whose first weekly status update reports these blockers. */
	private ProcessInstance blockedAfterAWeek(String engagementId, String blockers) {
		ProcessInstance stage = startRunning(engagementId, weeklyUpdatesOnly());
		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));
		this.engine.complete(stage.getId(), "submitStatusUpdate", "contractor",
				RetainerFixtures.statusUpdate("Issue drafted", blockers));
		return stage;
	}

	private static Map<String, Object> weeklyUpdatesOnly() {
		return Map.of("statusUpdateCycle", "R/P7D", "invoiceCycle", RetainerFixtures.NEVER, "performanceReviewCycle",
				RetainerFixtures.NEVER);
	}

	@Test
	void performanceReviewsDelegatedToTheLiaisonGoToTheNamedLiaisonAndNotToTheOwners() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId,
				Map.of("statusUpdateCycle", RetainerFixtures.NEVER, "invoiceCycle", RetainerFixtures.NEVER,
						"performanceReviewCycle", "R/P15D", "routineReviewsBy", "liaison"));

		this.engine.passTime(Duration.ofDays(15).plusMinutes(1));
		Task review = this.engine.task(stage.getId(), "reviewPerformance");
		assertThat(this.tasks.getIdentityLinksForTask(review.getId()))
			.extracting(IdentityLink::getUserId, IdentityLink::getGroupId)
			.containsExactly(tuple("liaison", null));
		assertThat(this.tasks.createTaskQuery().taskId(review.getId()).taskCandidateGroup("owner").count()).isZero();
		this.engine.passTime(Duration.ofDays(2).plusMinutes(1));
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REMINDER)
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientUser()).isEqualTo("liaison");
				assertThat(notification.recipientGroup()).isNull();
			});

		this.engine.complete(stage.getId(), "reviewPerformance", "liaison", RetainerFixtures.review("continue", null));
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("reviewPerformance",
				"recordPerformanceReview", "performanceReviewed");
	}

	@Test
	void theOwnerContinuesThenWarnsThenTerminatesAtPerformanceReviews() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, Map.of("statusUpdateCycle", RetainerFixtures.NEVER,
				"invoiceCycle", RetainerFixtures.NEVER, "performanceReviewCycle", "R/P15D"));

		this.engine.passTime(Duration.ofDays(15).plusMinutes(1));
		this.engine.complete(stage.getId(), "reviewPerformance", "owner", RetainerFixtures.review("continue", null));
		this.engine.passTime(Duration.ofDays(15));
		this.engine.complete(stage.getId(), "reviewPerformance", "owner",
				RetainerFixtures.review("warn", "Two newsletters went out late"));
		this.engine.passTime(Duration.ofDays(15));
		this.engine.complete(stage.getId(), "reviewPerformance", "owner",
				RetainerFixtures.review("terminate", "Late again after the warning"));

		Retainer retainer = this.retainers.forEngagement(engagementId).get(0);
		assertThat(retainer.status()).isEqualTo(RetainerStatus.ENDED);
		assertThat(retainer.endReason())
			.isEqualTo("Terminated at the performance review: Late again after the warning");
		assertThat(this.reviews.forRetainer(retainer.id())).extracting(PerformanceReview::outcome)
			.containsExactly("continue", "warn", "terminate");
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("reviewOutcomeGateway",
				"performanceReviewed", "reviewOutcomeGateway", "warnContractor", "contractorWarned",
				"reviewOutcomeGateway", "retainerTerminatedAtReview", "recordTermination",
				"retainerEndedByTermination");
		assertThat(this.engine.activitiesPassed(stage.getId())).contains("terminationDecided")
			.doesNotContain("endRetainer");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("retainerOutcome", "terminated");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "contractor".equals(notification.recipientUser()))
			.extracting(Notification::kind, Notification::subject)
			.contains(tuple(NotificationKind.ACTION_REQUIRED, "A warning about your work on 'Monthly newsletter'"),
					tuple(NotificationKind.INFORMATION, "Your retainer for 'Monthly newsletter' is terminated"));
		assertEnded(stage);
	}

	@Test
	void beforeTheTermEndsTheOwnerIsRemindedRenewsOnceThenLetsItEnd() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, quiet(), 1);
		Retainer started = this.retainers.active(engagementId).orElseThrow();

		passTimeUntil(started.endsAt().minus(Duration.ofDays(14)).minusSeconds(60));
		assertThat(this.engine.openTaskKeys(stage.getId())).isEmpty();
		this.engine.passTime(Duration.ofMinutes(2));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("decideRenewal");
		assertThat(this.engine.task(stage.getId(), "decideRenewal").getDueDate().toInstant())
			.isEqualTo(started.endsAt());
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REMINDER)
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientGroup()).isEqualTo("owner");
				assertThat(notification.subject())
					.isEqualTo("The retainer for 'Monthly newsletter' ends at " + started.endsAt());
			});
		this.engine.complete(stage.getId(), "decideRenewal", "owner", RetainerFixtures.renew(2));
		Retainer renewed = this.retainers.active(engagementId).orElseThrow();
		assertThat(renewed.endsAt()).isEqualTo(Retainers.plusMonths(started.endsAt(), 2));
		assertThat(renewed.renewals()).isEqualTo(1);
		assertThat(this.runtime.getVariable(stage.getId(), "retainerEndsAt")).isEqualTo(renewed.endsAt().toString());

		passTimeUntil(renewed.endsAt().minus(Duration.ofDays(14)).minusSeconds(60));
		assertThat(this.engine.openTaskKeys(stage.getId())).isEmpty();
		this.engine.passTime(Duration.ofMinutes(2));
		this.engine.complete(stage.getId(), "decideRenewal", "owner", RetainerFixtures.endRetainer());
		assertThat(this.retainers.active(engagementId)).isPresent();
		passTimeUntil(renewed.endsAt().plusSeconds(60));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("termRunningJoin", "renewalDue",
				"remindOwnerOfRenewal", "decideRenewal", "renewGateway", "renewRetainer", "termRunningJoin",
				"renewalDue", "remindOwnerOfRenewal", "decideRenewal", "renewGateway", "termEnded", "termCompleted",
				"endRetainer", "retainerCompleted");
		Retainer ended = this.retainers.forEngagement(engagementId).get(0);
		assertThat(ended.status()).isEqualTo(RetainerStatus.ENDED);
		assertThat(ended.endReason()).isEqualTo("The term ended on " + renewed.endsAt() + " and was not renewed");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("retainerOutcome", "completed");
		assertEnded(stage);
	}

	@Test
	void theTermEndsOnTheCutOffDateAndIsNotRenewedBeyondIt() {
		String engagementId = "retainer-" + System.nanoTime();
		LocalDate cutOff = LocalDate.ofInstant(this.engine.clock().getCurrentTime().toInstant(), ZoneOffset.UTC)
			.plusMonths(2);
		Map<String, Object> overrides = new HashMap<>(quiet());
		overrides.put("cutOffDate", cutOff.toString());
		ProcessInstance stage = startRunning(engagementId, overrides, 12);

		Instant endOfCutOff = cutOff.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(this.retainers.active(engagementId).orElseThrow().endsAt()).isEqualTo(endOfCutOff);
		passTimeUntil(endOfCutOff.minus(Duration.ofDays(14)).plusSeconds(60));
		assertThatThrownBy(
				() -> this.engine.complete(stage.getId(), "decideRenewal", "owner", RetainerFixtures.renew(2)))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("renewalMonths: the retainer already ends on the cut-off date");
		this.engine.complete(stage.getId(), "decideRenewal", "owner", RetainerFixtures.endRetainer());
		passTimeUntil(endOfCutOff.plusSeconds(60));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("startRetainer", "renewalDue",
				"decideRenewal", "renewGateway", "termEnded", "termCompleted", "endRetainer", "retainerCompleted");
		assertEnded(stage);
	}

	@Test
	void aRenewalNobodyDecidesBeforeTheEndEndsTheRetainer() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, quiet(), 1);
		Retainer started = this.retainers.active(engagementId).orElseThrow();

		passTimeUntil(started.endsAt().minus(Duration.ofDays(14)).plusSeconds(60));
		passTimeUntil(started.endsAt().plusSeconds(60));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("renewalDue", "decideRenewal",
				"renewalUndecided", "reportRenewalLapsed", "renewalLapsed", "endRetainer", "retainerCompleted");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "owner".equals(notification.recipientGroup()))
			.extracting(Notification::subject)
			.containsExactly("The retainer for 'Monthly newsletter' ends at " + started.endsAt(),
					"The retainer for 'Monthly newsletter' ends without renewal");
		assertThat(this.retainers.forEngagement(engagementId).get(0).status()).isEqualTo(RetainerStatus.ENDED);
		assertEnded(stage);
	}

	private void passTimeUntil(Instant instant) {
		this.engine.passTime(Duration.between(this.engine.clock().getCurrentTime().toInstant(), instant));
	}

	@Test
	void theContractorDeclinesTheOffer() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = start(engagementId, Map.of());
		this.engine.complete(stage.getId(), "offerRetainer", "owner", RetainerFixtures.offer(12));
		this.engine.complete(stage.getId(), "acceptRetainer", "contractor",
				Map.of("declineReason", "I found a full-time position", "form_acceptRetainer_outcome", "decline"));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("retainerAcceptedGateway",
				"offerNotAcceptedJoin", "recordRetainerDeclined", "retainerDeclined");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("retainerOutcome", "declined");
		assertThat(this.retainers.forEngagement(engagementId)).isEmpty();
		assertThat(this.notifications.forProcessInstance(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.recipientGroup()).isEqualTo("owner");
			assertThat(notification.body())
				.isEqualTo("The contractor declined the retainer offer: I found a full-time position");
		});
		assertEnded(stage);
	}

	@Test
	void anUnansweredOfferExpiresAfterTheOwnerWasReminded() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = start(engagementId, Map.of("offerExpiry", "P3D"));
		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));
		this.engine.complete(stage.getId(), "offerRetainer", "owner", RetainerFixtures.offer(12));

		this.engine.passTime(Duration.ofDays(3).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("offerRetainer",
				"retainerOfferOverdue", "remindOwnerOfOffer", "ownerRemindedOfOffer", "acceptRetainer",
				"retainerOfferExpired", "offerNotAcceptedJoin", "recordRetainerDeclined", "retainerDeclined");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.extracting(Notification::kind, Notification::body)
			.containsExactly(
					tuple(NotificationKind.REMINDER,
							"The trial is accepted; please offer contractor a retainer. It was due within P5D."),
					tuple(NotificationKind.INFORMATION,
							"The retainer offer expired without an answer from the contractor"));
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("retainerOutcome", "declined");
		assertEnded(stage);
	}

	@Test
	void financeIsRemindedAndMayRejectAnInvoiceWithANote() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, Map.of("statusUpdateCycle", RetainerFixtures.NEVER,
				"invoiceCycle", "R/P10D", "performanceReviewCycle", "R/P10D"));

		this.engine.passTime(Duration.ofDays(10).plusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactlyInAnyOrder("approveInvoice",
				"reviewPerformance");
		this.engine.passTime(Duration.ofDays(5));
		this.engine.complete(stage.getId(), "approveInvoice", "finance", RetainerFixtures.approveInvoice());
		this.engine.passTime(Duration.ofDays(5));
		assertThat(this.engine.openTaskKeys(stage.getId())).contains("payInvoice", "approveInvoice");
		this.engine.complete(stage.getId(), "approveInvoice", "finance",
				RetainerFixtures.rejectInvoice("The month was cut short by the holidays; invoice half"));
		List<Long> invoiceIds = this.invoices.forEngagement(engagementId).stream().map(Invoice::id).toList();

		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REMINDER)
			.extracting(Notification::recipientGroup, Notification::subject)
			.containsExactlyInAnyOrder(tuple("owner", "The performance review of 'Monthly newsletter' is overdue"),
					tuple("finance", "Invoice " + invoiceIds.get(0) + " for 'Monthly newsletter' waits for approval"),
					tuple("finance",
							"Invoice " + invoiceIds.get(0) + " for 'Monthly newsletter' is approved but not paid"));
		assertThat(this.invoices.forEngagement(engagementId)).extracting(Invoice::status)
			.containsExactly(InvoiceStatus.APPROVED, InvoiceStatus.REJECTED);
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REJECTION)
			.singleElement()
			.satisfies((notification) -> assertThat(notification.body())
				.endsWith("month 2: The month was cut short by the holidays; invoice half"));
		assertThat(this.engine.task(stage.getId(), "answerInvoiceRejection").getAssignee()).isEqualTo("contractor");
		this.engine.complete(stage.getId(), "answerInvoiceRejection", "contractor",
				Map.of("form_answerRejection_outcome", "accept"));
		assertThat(this.engine.activitiesPassed(stage.getId())).contains("approvalOverdue", "remindFinanceToApprove",
				"reviewOverdue", "remindOwnerOfReview", "paymentOverdue", "remindFinanceToPay",
				"recordInvoiceRejection", "answerInvoiceRejection", "invoiceRejectionStandsJoin", "invoiceRejected");
		assertThat(this.invoices.forEngagement(engagementId)).extracting(Invoice::status)
			.containsExactly(InvoiceStatus.APPROVED, InvoiceStatus.REJECTED);
	}

	@Test
	void aRejectedInvoiceDisputedAndSettledLowerIsPaidAtTheSettledAmount() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, Map.of("statusUpdateCycle", RetainerFixtures.NEVER,
				"invoiceCycle", "R/P10D", "performanceReviewCycle", RetainerFixtures.NEVER));
		this.engine.passTime(Duration.ofDays(10).plusMinutes(1));
		this.engine.complete(stage.getId(), "approveInvoice", "finance",
				RetainerFixtures.rejectInvoice("Two of the four newsletters were never sent"));
		this.engine.complete(stage.getId(), "answerInvoiceRejection", "contractor", Map.of("disputeReason",
				"Three were sent; the fourth waits for your approval", "form_answerRejection_outcome", "dispute"));
		Task mediation = this.engine.task(stage.getId(), "mediateInvoiceDispute");
		assertThat(mediation.getAssignee()).isEqualTo("liaison");
		long invoiceId = this.invoices.forEngagement(engagementId).get(0).id();

		assertThatThrownBy(() -> mediate(stage, "settle", new BigDecimal("1500.01"))).isInstanceOfSatisfying(
				FormValidationException.class,
				(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("settledAmount");
					assertThat(error.reason()).contains("at most the invoiced 1500.00 USD");
				}));
		assertThatThrownBy(() -> mediate(stage, "settle", BigDecimal.ZERO)).isInstanceOfSatisfying(
				FormValidationException.class,
				(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
					.containsExactly("settledAmount"));
		assertThatThrownBy(() -> mediate(stage, "settle", null)).isInstanceOfSatisfying(FormValidationException.class,
				(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
					.containsExactly("settledAmount"));
		assertThatThrownBy(() -> mediate(stage, "uphold", new BigDecimal("900.00"))).isInstanceOfSatisfying(
				FormValidationException.class,
				(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
					.containsExactly("settledAmount"));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("mediateInvoiceDispute");
		assertThat(this.invoices.find(invoiceId).status()).isEqualTo(InvoiceStatus.REJECTED);

		mediate(stage, "settle", new BigDecimal("1125.00"));
		assertThat(this.tasks.getVariable(this.engine.task(stage.getId(), "payInvoice").getId(), "invoiceId"))
			.isEqualTo(invoiceId);
		this.engine.complete(stage.getId(), "payInvoice", "finance", RetainerFixtures.payInvoice("PAY-SETTLED"));

		Invoice paid = this.invoices.find(invoiceId);
		assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(paid.amount()).isEqualByComparingTo("1125.00");
		assertThat(paid.decidedBy()).isEqualTo("liaison");
		assertThat(paid.decisionNote()).startsWith("Settled on dispute at 1125.00 (invoiced 1500.00): ");
		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("recordInvoiceRejection",
				"answerInvoiceRejection", "invoiceDisputedGateway", "recordInvoiceDispute", "mediateInvoiceDispute",
				"recordInvoiceMediation", "invoiceRejectionUpheldGateway", "invoiceToPayJoin", "payInvoice",
				"recordInvoicePayment", "invoicePaid");
		assertThat(this.auditTrail.entriesOf(engagementId))
			.filteredOn((entry) -> entry.type() == AuditEntryType.DISPUTE_DECIDED)
			.singleElement()
			.satisfies((decided) -> {
				assertThat(decided.actor()).isEqualTo("liaison");
				assertThat(decided.processDefinitionKey()).isEqualTo("retainer");
				assertThat(decided.details().path("outcome").asText()).isEqualTo("settle");
				assertThat(decided.details().path("settledAmount").asText()).isEqualTo("1125.00");
				assertThat(decided.details().path("invoicedAmount").asText()).isEqualTo("1500.00");
				assertThat(decided.details().path("disputeReason").asText())
					.isEqualTo("Three were sent; the fourth waits for your approval");
			});
	}

	private void mediate(ProcessInstance stage, String outcome, BigDecimal settledAmount) {
		Map<String, Object> values = new HashMap<>();
		values.put("mediationNote", "Three of four were sent; three quarters are owed");
		values.put("form_mediateInvoiceDispute_outcome", outcome);
		if (settledAmount != null) {
			values.put("settledAmount", settledAmount);
		}
		this.engine.complete(stage.getId(), "mediateInvoiceDispute", "liaison", values);
	}

	@Test
	void aFeeRaiseWithoutTheNewFeeIsRefusedAndTheReviewStaysOpen() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = startRunning(engagementId, Map.of("statusUpdateCycle", RetainerFixtures.NEVER,
				"invoiceCycle", RetainerFixtures.NEVER, "performanceReviewCycle", "R/P15D"));
		this.engine.passTime(Duration.ofDays(15).plusMinutes(1));

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "reviewPerformance", "owner",
				RetainerFixtures.review("raiseFee", "Great work")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
						assertThat(error.field()).as("refused at the field, on every interface")
							.isEqualTo("newMonthlyFee");
						assertThat(error.reason()).contains("higher than the current 1500.00 USD");
					}));
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "reviewPerformance", "owner",
				RetainerFixtures.raiseFee(1200, "Great work")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting((error) -> error.field())
						.containsExactly("newMonthlyFee"));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("reviewPerformance");
		Retainer retainer = this.retainers.active(engagementId).orElseThrow();
		assertThat(retainer.monthlyFee()).isEqualByComparingTo("1500");
		assertThat(this.reviews.forRetainer(retainer.id())).isEmpty();
		this.engine.complete(stage.getId(), "reviewPerformance", "owner", RetainerFixtures.raiseFee(1700, null));
		assertThat(this.retainers.get(retainer.id()).monthlyFee()).isEqualByComparingTo("1700");
	}

	@Test
	void noticeIsRefusedWhenNoRetainerRunsOrTheEngagementIsUnknownOrTheSideIsWrong() {
		String engagementId = "retainer-" + System.nanoTime();
		ProcessInstance stage = start(engagementId, Map.of());

		assertThatThrownBy(() -> this.notices.give(engagementId, "company", "Budget cut"))
			.isInstanceOf(FlowableConflictException.class)
			.hasMessage("Engagement " + engagementId
					+ " has no running retainer; notice can be given only during the retainer");
		assertThatThrownBy(() -> this.notices.give("no-such-engagement", "company", "Budget cut"))
			.isInstanceOf(FlowableObjectNotFoundException.class)
			.hasMessageContaining("no-such-engagement");

		this.engine.complete(stage.getId(), "offerRetainer", "owner", RetainerFixtures.offer(12));
		this.engine.complete(stage.getId(), "acceptRetainer", "contractor", RetainerFixtures.accept());
		assertThatThrownBy(() -> this.notices.give(engagementId, "boss", "Budget cut"))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageStartingWith("givenBy: ");
		Execution listening = this.runtime.createExecutionQuery()
			.processInstanceId(stage.getId())
			.messageEventSubscriptionName("noticeGiven")
			.singleResult();
		Map<String, Object> badPayload = new HashMap<>(Map.of("noticeGivenBy", "boss", "noticeReason", "Budget cut"));
		assertThatThrownBy(() -> this.runtime.messageEventReceived("noticeGiven", listening.getId(), badPayload))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageStartingWith("noticeGivenBy: ");
		assertThat(this.retainers.active(engagementId)).isPresent();

		this.notices.give(engagementId, "company", "Budget cut");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.subject().startsWith("Notice given"))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.recipientUser()).isEqualTo("contractor"));
		assertThatThrownBy(() -> this.notices.give(engagementId, "company", "Budget cut again"))
			.isInstanceOf(FlowableConflictException.class);
		assertEnded(stage);
	}

	private ProcessInstance start(String engagementId, Map<String, Object> overrides) {
		Map<String, Object> variables = RetainerFixtures.stage(engagementId);
		variables.putAll(overrides);
		ProcessInstance stage = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("retainer")
			.variables(variables)
			.start();
		this.started.add(stage.getId());
		return stage;
	}

	private ProcessInstance startRunning(String engagementId, Map<String, Object> overrides) {
		return startRunning(engagementId, overrides, 12);
	}

	private ProcessInstance startRunning(String engagementId, Map<String, Object> overrides, int termMonths) {
		ProcessInstance stage = start(engagementId, overrides);
		this.engine.complete(stage.getId(), "offerRetainer", "owner", RetainerFixtures.offer(termMonths));
		this.engine.complete(stage.getId(), "acceptRetainer", "contractor", RetainerFixtures.accept());
		return stage;
	}

	private static Map<String, Object> quiet() {
		return Map.of("statusUpdateCycle", RetainerFixtures.NEVER, "invoiceCycle", RetainerFixtures.NEVER,
				"performanceReviewCycle", RetainerFixtures.NEVER);
	}

	/** The stage ended, leaving no task, timer or retainer behind. */
	private void assertEnded(ProcessInstance stage) {
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(stage.getId()).count()).isZero();
		assertThat(this.management.createTimerJobQuery().processInstanceId(stage.getId()).count()).isZero();
		String engagementId = (String) this.engine.historicVariables(stage.getId()).get("engagementId");
		assertThat(this.retainers.active(engagementId)).isEmpty();
	}

}
