package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.Map;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.audit.AuditVerifier;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceKind;
import org.outsourcing.lifecycle.payment.InvoiceStatus;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.recruitment.JobAds;
import org.outsourcing.lifecycle.retainer.RetainerNotices;
import org.outsourcing.lifecycle.retainer.RetainerStatus;
import org.outsourcing.lifecycle.retainer.Retainers;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class OutsourcingEngagementProcessTest {

	@Autowired
	EngineDriver engine;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	Engagements engagements;

	@Autowired
	AccessRegister accessRegister;

	@Autowired
	Invoices invoices;

	@Autowired
	RetainerNotices notices;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	AuditVerifier auditVerifier;

	@Autowired
	EngagementWithdrawals withdrawals;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Retainers retainers;

	@Autowired
	Notifications notifications;

	@Autowired
	JobAds ads;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void anEngagementRunsFromItsDefinitionToItsArchive() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();

		this.lifecycle.hire(id, "contractor");
		assertThat(this.accessRegister.activeGrants(id)).hasSize(2);
		assertThat(this.engagements.find(id).orElseThrow().status()).isEqualTo(EngagementStatus.ACTIVE);
		this.lifecycle.trial(id, "contractor", "accept");
		this.lifecycle.startRetainer(id, "contractor");
		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));
		this.engine.complete(id, "submitStatusUpdate", "contractor",
				Map.of("progress", "First issue drafted", "form_statusUpdate_outcome", "submit"));
		this.engine.passTime(Duration.ofDays(23));
		this.engine.complete(id, "approveInvoice", "finance", Map.of("form_approveRetainerInvoice_outcome", "approve"));
		this.engine.complete(id, "payInvoice", "finance",
				Map.of("paymentReference", "RET-1", "form_payRetainerInvoice_outcome", "pay"));
		this.notices.give(id, "company", "The newsletter moves in-house");
		assertThat(this.engagements.find(id).orElseThrow().status()).isEqualTo(EngagementStatus.OFFBOARDING);
		this.lifecycle.offboard(id, "contractor");

		assertThat(this.engine.activitiesPassed(id)).containsExactly("engagementRequested", "defineTheWork",
				"workDefinedGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"screenApplications", "shortlistGateway", "interviewCandidates", "selectedGateway", "contractCandidate",
				"contractSignedGateway", "runTrialTask", "trialAcceptedGateway", "runRetainer", "engagementEndingJoin",
				"offboardContractor", "engagementArchived");
		assertThat(this.engagements.find(id).orElseThrow().status()).isEqualTo(EngagementStatus.ARCHIVED);
		assertThat(this.accessRegister.grants(id)).hasSize(2);
		assertThat(this.accessRegister.activeGrants(id)).isEmpty();
		assertThat(this.invoices.forEngagement(id)).extracting(Invoice::kind, Invoice::status)
			.containsExactly(tuple(InvoiceKind.TRIAL_FEE, InvoiceStatus.PAID),
					tuple(InvoiceKind.RETAINER_MONTH, InvoiceStatus.PAID),
					tuple(InvoiceKind.FINAL, InvoiceStatus.PAID));
		assertThat(this.engine.historicVariables(id)).containsEntry("retainerOutcome", "notice")
			.containsEntry("offboardingOutcome", "archived");
		assertThat(this.auditTrail.entriesOf(id))
			.filteredOn((entry) -> entry.type() == AuditEntryType.TASK_COMPLETED
					|| entry.type() == AuditEntryType.TIMER_FIRED || entry.type() == AuditEntryType.DECISION_EVALUATED)
			.extracting((entry) -> entry.type() + " " + entry.processDefinitionKey() + "." + entry.activityId() + " "
					+ entry.actor())
			.containsExactly("DECISION_EVALUATED defineWork.checkOutsourcingPolicy system",
					"DECISION_EVALUATED defineWork.determineClientContact system",
					"DECISION_EVALUATED defineWork.determineDataProtection system",
					"TASK_COMPLETED jobAd.writeAd recruiter", "TIMER_FIRED jobAd.applicationWindowClosed system",
					"TASK_COMPLETED screening.screenApplication recruiter",
					"TASK_COMPLETED screening.screenApplication recruiter",
					"TASK_COMPLETED interviews.scheduleInterview recruiter",
					"TASK_COMPLETED interviews.scheduleInterview recruiter",
					"TASK_COMPLETED interviews.confirmAvailability contractor",
					"TASK_COMPLETED interviews.confirmAvailability contractor2",
					"TASK_COMPLETED interviews.conductInterview interviewer",
					"TASK_COMPLETED interviews.conductInterview interviewer",
					"TASK_COMPLETED interviews.selectCandidate owner", "TASK_COMPLETED contract.draftContract legal",
					"TASK_COMPLETED contract.signContract contractor",
					"TASK_COMPLETED contract.countersignContract owner", "TASK_COMPLETED contract.grantAccess it",
					"TASK_COMPLETED contract.briefContractor liaison", "TASK_COMPLETED trialTask.defineTrialTask owner",
					"TASK_COMPLETED trialTask.deliverTrialTask contractor",
					"TASK_COMPLETED trialTask.reviewTrialTask owner", "TASK_COMPLETED trialTask.payTrialFee finance",
					"TASK_COMPLETED retainer.offerRetainer owner", "TASK_COMPLETED retainer.acceptRetainer contractor",
					"TIMER_FIRED retainer.statusUpdateDue system",
					"TASK_COMPLETED retainer.submitStatusUpdate contractor", "TIMER_FIRED retainer.invoiceDue system",
					"TIMER_FIRED retainer.statusUpdateDue system", "TASK_COMPLETED retainer.approveInvoice finance",
					"TASK_COMPLETED retainer.payInvoice finance", "TASK_COMPLETED offboarding.revokeAccess it",
					"TASK_COMPLETED offboarding.verifyAccessRevoked owner",
					"TASK_COMPLETED offboarding.recoverDeliverables liaison",
					"TASK_COMPLETED offboarding.confirmDataReturned contractor",
					"TASK_COMPLETED offboarding.settleFinalInvoice finance",
					"TASK_COMPLETED offboarding.recordFeedback owner");
		assertThat(this.auditVerifier.verify().valid()).isTrue();
	}

	@Test
	void aRejectedTrialGoesStraightToOffboardingAndLeavesNoAccess() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("customerPersonalData", false));
		String id = engagement.getId();
		this.lifecycle.recruit(id, "contractor", "contractor");
		this.engine.complete(id, "draftContract", "legal", LifecycleDriver.contractDraft());
		this.engine.complete(id, "submitComplianceStatements", "contractor", Map.of("iso27002Statement",
				"We follow ISO 27002 controls", "form_submitComplianceStatements_outcome", "submit"));
		this.engine.complete(id, "reviewComplianceStatements", "legal",
				Map.of("form_reviewComplianceStatements_outcome", "approve"));
		this.engine.complete(id, "signContract", "contractor",
				Map.of("agreeToTerms", true, "signatureName", "Carla", "form_signContract_outcome", "sign"));
		this.engine.complete(id, "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(id, "grantAccess", "it",
				Map.of("resources", "Customer list (read-only)", "form_grantAccess_outcome", "granted"));
		this.lifecycle.brief(id);
		assertThat(this.accessRegister.activeGrants(id)).singleElement()
			.satisfies((grant) -> assertThat(grant.accessLevel()).isEqualTo("customerDataReadOnly"));

		this.lifecycle.trial(id, "contractor", "reject");
		this.lifecycle.offboard(id, "contractor");

		assertThat(this.engine.activitiesPassed(id)).containsSubsequence("runTrialTask", "trialAcceptedGateway",
				"engagementEndingJoin", "offboardContractor", "engagementArchived");
		assertThat(this.engine.activitiesPassed(id)).doesNotContain("runRetainer");
		assertThat(this.accessRegister.activeGrants(id)).isEmpty();
		assertThat(this.engagements.find(id).orElseThrow().status()).isEqualTo(EngagementStatus.ARCHIVED);
	}

	@Test
	void theOwnerWithdrawsARunningEngagementWhichEndsEveryStageAndLeavesNoAccess() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.hire(id, "contractor");
		this.lifecycle.trial(id, "contractor", "accept");
		this.lifecycle.startRetainer(id, "contractor");
		assertThat(this.accessRegister.activeGrants(id)).isNotEmpty();
		assertThat(this.withdrawals.canWithdraw(id)).isTrue();

		assertThatThrownBy(() -> this.withdrawals.withdraw(id, " ", "owner", true))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageStartingWith("reason: is required");
		assertThatThrownBy(() -> this.withdrawals.withdraw(id, "Not needed", "recruiter", false))
			.isInstanceOf(FlowableForbiddenException.class);
		this.withdrawals.withdraw(id, "The shop is closing", "owner", true);

		assertThat(this.engine.openTaskKeys(id)).isEmpty();
		assertThat(this.runtime.createExecutionQuery().rootProcessInstanceId(id).count()).as("every stage ended")
			.isZero();
		assertThat(this.engine.activitiesPassed(id)).endsWith("engagementWithdrawn", "recordEngagementWithdrawal",
				"engagementWithdrawnEnd");
		Engagement record = this.engagements.find(id).orElseThrow();
		assertThat(record.status()).isEqualTo(EngagementStatus.WITHDRAWN);
		assertThat(record.statusReason()).isEqualTo("Withdrawn by owner: The shop is closing");
		assertThat(this.accessRegister.activeGrants(id)).isEmpty();
		assertThat(this.retainers.forEngagement(id))
			.allSatisfy((retainer) -> assertThat(retainer.status()).isEqualTo(RetainerStatus.ENDED));
		assertThat(this.notifications.forEngagement(id))
			.filteredOn((notification) -> notification.subject().endsWith("is withdrawn"))
			.extracting((notification) -> (notification.recipientUser() != null) ? notification.recipientUser()
					: notification.recipientGroup())
			.containsExactlyInAnyOrder("owner", "contractor");
		assertThat(this.auditTrail.entriesOf(id)).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo(AuditEntryType.ACTIVITY_COMPLETED);
			assertThat(entry.activityId()).isEqualTo("engagementWithdrawn");
			assertThat(entry.actor()).isEqualTo("owner");
		}).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo(AuditEntryType.ENGAGEMENT_WITHDRAWN);
			assertThat(entry.actor()).isEqualTo("owner");
			assertThat(entry.details().path("reason").asText()).isEqualTo("The shop is closing");
		}).anySatisfy((entry) -> assertThat(entry.type()).isEqualTo(AuditEntryType.ACCESS_REVOKED));

		assertThat(this.withdrawals.canWithdraw(id)).isFalse();
		assertThatThrownBy(() -> this.withdrawals.withdraw(id, "Again", "owner", true))
			.isInstanceOf(FlowableConflictException.class);
	}

	@Test
	void anEngagementWithdrawnWhileItsAdIsOpenCancelsTheAd() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.publishAd(id);
		assertThat(this.ads.open(id)).isPresent();

		this.withdrawals.withdraw(id, "Found someone in-house", "owner", true);

		assertThat(this.ads.open(id)).isEmpty();
		assertThat(this.engine.openTaskKeys(id)).isEmpty();
		assertThat(this.engagements.find(id).orElseThrow().status()).isEqualTo(EngagementStatus.WITHDRAWN);
	}

	@Test
	void anExpiredOfferWithNobodyLeftStartsANewAd() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.recruit(id, "contractor", "contractor");
		this.engine.complete(id, "draftContract", "legal", LifecycleDriver.contractDraft());

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(id)).containsSubsequence("contractCandidate", "contractSignedGateway",
				"noHireJoin", "startNewRound", "roundsLeftGateway", "recruitmentRoundJoin", "advertiseWork");
		assertThat(this.engine.openTaskKeys(id)).containsExactly("writeAd");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.contains("Round 1 ended without a hire (no candidate left to sign)");
		assertThat(this.accessRegister.grants(id)).isEmpty();

		this.lifecycle.recruit(id, "contractor2", "contractor2");
		this.lifecycle.contract(id, "contractor2");
		assertThat(this.engine.openTaskKeys(id)).containsExactly("defineTrialTask");
		assertThat(this.accessRegister.activeGrants(id))
			.allSatisfy((grant) -> assertThat(grant.grantee()).isEqualTo("contractor2"));
	}

	@Test
	void securityWorkIsRefusedBeforeAnythingIsAdvertised() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", true));

		assertThat(this.engine.activitiesPassed(engagement.getId())).containsExactly("engagementRequested",
				"defineTheWork", "workDefinedGateway", "engagementNotStarted");
		Engagement record = this.engagements.find(engagement.getId()).orElseThrow();
		assertThat(record.status()).isEqualTo(EngagementStatus.REFUSED);
		assertThat(record.statusReason()).contains("security is not outsourced");
	}

	@Test
	void anEngagementNobodyAppliesToIsCancelledAfterTheReposts() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		this.lifecycle.publishAd(engagement.getId());
		for (int window = 0; window < 3; window++) {
			this.lifecycle.closeApplicationWindow();
			if (window < 2) {
				this.lifecycle.reviseAd(engagement.getId());
			}
		}

		assertThat(this.engine.activitiesPassed(engagement.getId())).containsExactly("engagementRequested",
				"defineTheWork", "workDefinedGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"cancelledJoin", "cancelEngagement", "engagementCancelled");
		Engagement record = this.engagements.find(engagement.getId()).orElseThrow();
		assertThat(record.status()).isEqualTo(EngagementStatus.CANCELLED);
		assertThat(record.statusReason()).isEqualTo("Nobody applied, also after the reposts");
	}

	@Test
	void anEmptyShortlistLeadsToANewAd() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.publishAd(id);
		this.lifecycle.apply(id, "contractor");
		this.lifecycle.closeApplicationWindow();

		this.lifecycle.screenAll(id, false);

		assertThat(this.engine.activitiesPassed(id)).endsWith("screenApplications", "shortlistGateway", "noHireJoin",
				"startNewRound", "roundsLeftGateway", "recruitmentRoundJoin", "advertiseWork");
		assertThat(this.engine.openTaskKeys(id)).containsExactly("writeAd");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.isEqualTo("Round 1 ended without a hire (nobody shortlisted); round 2 starts with a new ad");
	}

	@Test
	void theAdStatesTheComplianceStatementsThePolicyRequires() {
		ProcessInstance cards = this.lifecycle.start(LifecycleDriver.definition("paymentCardData", false));
		this.lifecycle.publishAd(cards.getId());
		assertThat(this.ads.open(cards.getId()).orElseThrow().complianceNeeds()).isEqualTo(
				"The contractor signs compliance statements for PCI DSS (payment-card data), ISO 27002 (information security controls).");

		ProcessInstance plain = this.lifecycle.start(LifecycleDriver.definition("none", false));
		this.lifecycle.publishAd(plain.getId());
		assertThat(this.ads.open(plain.getId()).orElseThrow().complianceNeeds()).isNull();
	}

	@Test
	void nobodySelectedLeadsToANewAdUntilNoRoundIsLeft() {
		Map<String, Object> definition = LifecycleDriver.definition("none", false);
		definition.put("maxRecruitmentRounds", 2);
		ProcessInstance engagement = this.lifecycle.start(definition);
		String id = engagement.getId();

		this.lifecycle.recruit(id, null, "contractor", "contractor2");
		assertThat(this.engine.openTaskKeys(id)).containsExactly("writeAd");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.contains("Round 1 ended without a hire (nobody selected)");

		this.lifecycle.publishAd(id);
		this.lifecycle.apply(id, "applicant3");
		this.lifecycle.closeApplicationWindow();
		this.lifecycle.screenAll(id, false);

		assertThat(this.engine.activitiesPassed(id)).containsExactly("engagementRequested", "defineTheWork",
				"workDefinedGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"screenApplications", "shortlistGateway", "interviewCandidates", "selectedGateway", "noHireJoin",
				"startNewRound", "roundsLeftGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"screenApplications", "shortlistGateway", "noHireJoin", "startNewRound", "roundsLeftGateway",
				"cancelledJoin", "cancelEngagement", "engagementCancelled");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.isEqualTo("No hire after 2 recruitment rounds");
		assertThat(this.accessRegister.grants(id)).isEmpty();
	}

}
