package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.contract.Briefings;
import org.outsourcing.lifecycle.recruitment.ApplicationIntake;
import org.outsourcing.lifecycle.recruitment.NewApplication;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.stereotype.Component;

/**
 * Walks an engagement through its stages the way its people would, with values valid for
 * every form: the owner, the recruiter, two applicants, an interviewer, legal, IT and
 * finance.
 */
@Component
class LifecycleDriver {

	private final RuntimeService runtime;

	private final EngineDriver engine;

	private final ApplicationIntake intake;

	LifecycleDriver(RuntimeService runtime, EngineDriver engine, ApplicationIntake intake) {
		this.runtime = runtime;
		this.engine = engine;
		this.intake = intake;
	}

	ProcessInstance start(Map<String, Object> definition) {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("outsourcingEngagement")
			.variables(definition)
			.start();
	}

	static Map<String, Object> definition(String dataSensitivity, boolean securityRelated) {
		Map<String, Object> variables = new HashMap<>(
				DefineWorkProcessTest.definition(dataSensitivity, securityRelated, false));
		return variables;
	}

	void publishAd(String engagementId) {
		this.engine.complete(engagementId, "writeAd", "recruiter",
				Map.of("adHeadline", "Freelance newsletter writer", "requirements",
						"Three years of e-mail marketing; samples of newsletters", "applicationInstruction",
						"Start your cover letter with the word Pineapple", "form_writeAd_outcome", "publish"));
	}

	/** Nobody applied: the recruiter publishes the ad again with a new headline. */
	void reviseAd(String engagementId) {
		this.engine.complete(engagementId, "reviseAd", "recruiter",
				Map.of("adHeadline", "Freelance newsletter writer, remote", "requirements",
						"Three years of e-mail marketing; samples of newsletters", "applicationInstruction",
						"Start your cover letter with the word Pineapple", "form_reviseAd_outcome", "publish"));
	}

	void apply(String engagementId, String... applicants) {
		for (String applicant : applicants) {
			this.intake.submit(engagementId,
					new NewApplication(applicant, "Name of " + applicant, applicant + "@example.com",
							"Pineapple. I write newsletters people read.", "https://portfolio.example.com/" + applicant,
							"Pineapple", new BigDecimal("35.00"), "Europe/Lisbon"));
		}
	}

	void closeApplicationWindow() {
		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));
	}

	/** The recruiter shortlists (or rejects) every open application. */
	void screenAll(String engagementId, boolean shortlist) {
		for (Task task : this.engine.openTasks(engagementId, "screenApplication")) {
			this.engine.completeTask(task, "recruiter",
					Map.of("qualified", true, "followedInstructions", shortlist, "relevantSamples", true,
							"worksIndependently", true, "meetsCompliance", true, "screeningScore", 4,
							"form_screenApplication_outcome", shortlist ? "shortlist" : "reject"));
		}
	}

	/**
	 * Every shortlisted candidate is scheduled, confirms and is interviewed; the first
	 * scores best.
	 */
	void interviewAll(String engagementId) {
		for (Task task : this.engine.openTasks(engagementId, "scheduleInterview")) {
			this.engine.completeTask(task, "recruiter",
					Map.of("interviewDate", "2026-12-01", "interviewTime", "15:00", "interviewTimeZone", "UTC",
							"meetingLink", "https://meet.example.com/abc", "form_scheduleInterview_outcome", "invite"));
		}
		for (Task task : this.engine.openTasks(engagementId, "confirmAvailability")) {
			this.engine.completeTask(task, task.getAssignee(),
					Map.of("availableForSchedule", true, "candidateTimeZone", "Europe/Lisbon", "candidateWorkStart",
							"09:00", "candidateWorkEnd", "17:00", "form_confirmAvailability_outcome", "confirm"));
		}
		List<Task> interviews = this.engine.openTasks(engagementId, "conductInterview");
		int marks = 5;
		for (Task task : interviews) {
			this.engine.completeTask(task, "interviewer", Map.of("workEthic", marks, "skills", marks, "communication",
					marks, "recommendation", "hire", "form_conductInterview_outcome", "record"));
			marks = Math.max(1, marks - 1);
		}
	}

	void select(String engagementId, String candidate) {
		this.engine.complete(engagementId, "selectCandidate", "owner",
				(candidate != null) ? Map.of("selectedCandidate", candidate, "form_selectCandidate_outcome", "select")
						: Map.of("form_selectCandidate_outcome", "nobody"));
	}

	/**
	 * Legal drafts, the candidate signs, the owner countersigns, IT grants two resources.
	 */
	void contract(String engagementId, String contractor) {
		Map<String, Object> draft = contractDraft();
		this.engine.complete(engagementId, "draftContract", "legal", draft);
		this.engine.complete(engagementId, "signContract", contractor, Map.of("agreeToTerms", true, "signatureName",
				"Name of " + contractor, "form_signContract_outcome", "sign"));
		this.engine.complete(engagementId, "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(engagementId, "grantAccess", "it", Map.of("resources",
				"Shared drive 'Newsletter', Mailchimp editor", "form_grantAccess_outcome", "granted"));
		brief(engagementId);
	}

	/** The named liaison briefs the contractor before work starts. */
	void brief(String engagementId) {
		this.engine.complete(engagementId, "briefContractor", "liaison", Briefings
			.briefing(this.engine.clock().getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
	}

	/**
	 * From the request to a signed contract with {@code contractor}, both applicants
	 * interviewed.
	 */
	void hire(String engagementId, String contractor) {
		recruit(engagementId, contractor, "contractor", "contractor2");
		contract(engagementId, contractor);
	}

	/**
	 * One recruitment round: the ad, these applicants, all shortlisted and interviewed,
	 * one selected.
	 */
	void recruit(String engagementId, String selected, String... applicants) {
		interview(engagementId, applicants);
		select(engagementId, selected);
	}

	/**
	 * The ad, these applicants, all shortlisted and interviewed: the owner selects next.
	 */
	void interview(String engagementId, String... applicants) {
		publishAd(engagementId);
		apply(engagementId, applicants);
		closeApplicationWindow();
		screenAll(engagementId, true);
		interviewAll(engagementId);
	}

	void startRetainer(String engagementId, String contractor) {
		this.engine.complete(engagementId, "offerRetainer", "owner",
				Map.of("monthlyFee", new BigDecimal("1500.00"), "currency", "USD", "scope",
						"Write, design and send the monthly newsletter", "termMonths", 12, "liaison", "liaison",
						"form_offerRetainer_outcome", "offer"));
		this.engine.complete(engagementId, "acceptRetainer", contractor,
				Map.of("form_acceptRetainer_outcome", "accept"));
	}

	/**
	 * IT revokes, the owner verifies, the liaison recovers, the contractor confirms,
	 * finance settles.
	 */
	void offboard(String engagementId, String contractor) {
		this.engine.complete(engagementId, "revokeAccess", "it", Map.of("form_revokeAccess_outcome", "revoked"));
		this.engine.complete(engagementId, "verifyAccessRevoked", "owner",
				Map.of("form_verifyAccessRevoked_outcome", "verified"));
		this.engine.complete(engagementId, "recoverDeliverables", "liaison",
				Map.of("deliverablesRecovered", true, "repositoryUrl", "https://git.example.com/company/newsletter",
						"form_recoverDeliverables_outcome", "recovered"));
		this.engine.complete(engagementId, "confirmDataReturned", contractor, Map.of("dataDisposition", "destroyed",
				"confirmNoCopiesKept", true, "form_confirmDataReturned_outcome", "confirm"));
		this.engine.complete(engagementId, "settleFinalInvoice", "finance",
				Map.of("finalAmount", new BigDecimal("750.00"), "currency", "USD", "paymentReference", "FIN-1",
						"form_settleFinalInvoice_outcome", "settle"));
		this.engine.complete(engagementId, "recordFeedback", "owner", Map.of("rating", 5, "rehireEligible", true,
				"feedback", "Reliable, clear writer", "form_recordFeedback_outcome", "archive"));
	}

	static Map<String, Object> contractDraft() {
		Map<String, Object> draft = new HashMap<>();
		draft.put("ndaIncluded", true);
		draft.put("workProductToCompany", true);
		draft.put("companyOwnsData", true);
		draft.put("performanceExpectations", "One newsletter a month, open rate above 25%");
		draft.put("contractDeliverables", "Twelve newsletters a year, with subject lines");
		draft.put("paymentTerms", "Monthly retainer, paid within 15 days of invoice");
		draft.put("trialFee", 250);
		draft.put("currency", "USD");
		draft.put("form_draftContract_outcome", "draft");
		return draft;
	}

	void trial(String engagementId, String contractor, String verdict) {
		deliverTrial(engagementId, contractor);
		this.engine.complete(engagementId, "reviewTrialTask", "owner",
				Map.of("reviewFeedback", "Judged on the criteria", "form_reviewTrialTask_outcome", verdict));
		if ("reject".equals(verdict)) {
			this.engine.complete(engagementId, "answerTrialRejection", contractor,
					Map.of("form_answerRejection_outcome", "accept"));
		}
		this.engine.complete(engagementId, "payTrialFee", "finance",
				Map.of("paymentReference", "TRF-1", "form_payTrialFee_outcome", "pay"));
	}

	/** The owner defines the trial task and the contractor delivers it, for review. */
	void deliverTrial(String engagementId, String contractor) {
		this.engine.complete(engagementId, "defineTrialTask", "owner",
				Map.of("trialInstructions", "Write one newsletter about our spring sale", "trialAcceptanceCriteria",
						"Under 400 words, one call to action, no typos", "trialDays", 7, "form_defineTrialTask_outcome",
						"assign"));
		this.engine.complete(engagementId, "deliverTrialTask", contractor, Map.of("deliverableUrl",
				"https://drive.example.com/trial", "form_deliverTrialTask_outcome", "deliver"));
	}

}
