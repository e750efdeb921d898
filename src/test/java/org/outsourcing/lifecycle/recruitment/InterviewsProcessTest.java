package org.outsourcing.lifecycle.recruitment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.FormView;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.notification.OutboxDelivery;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.outsourcing.lifecycle.support.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// The outbox is delivered by the tests that read mail, never by the schedule.
@SpringBootTest(properties = "lifecycle.notifications.delivery-interval=1000d")
class InterviewsProcessTest {

	@RegisterExtension
	static LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.pointTheApplicationHere(registry);
	}

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	JobAds ads;

	@Autowired
	Applications applications;

	@Autowired
	TaskForms forms;

	@Autowired
	Notifications notifications;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void everyCandidateIsInterviewedAndTheOwnerSelectsTheBest() {
		Shortlist shortlist = shortlist("contractor", "contractor2");
		ProcessInstance stage = start(shortlist, false);

		interview(stage, shortlist.ids.get(0), "contractor", 5);
		interview(stage, shortlist.ids.get(1), "contractor2", 3);
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("selectCandidate");
		this.engine.complete(stage.getId(), "selectCandidate", "owner", RecruitmentFixtures.select("contractor"));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("interviewsStarted",
				"interviewEachCandidate", "scheduleInterview", "inviteCandidate", "confirmAvailability",
				"recordAvailability", "availableGateway", "conductInterview", "recordScorecard", "candidateInterviewed",
				"anyoneInterviewedGateway", "selectCandidate", "selectionMadeJoin", "recordSelection",
				"candidateSelectedGateway", "candidateSelected");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("selectionOutcome", "selected")
			.containsEntry("contractorUserId", "contractor")
			.containsEntry("candidateRanking", "contractor2");
		assertThat(this.applications.forEngagement(shortlist.engagementId)).extracting(Application::status)
			.containsExactly(ApplicationStatus.SELECTED, ApplicationStatus.INTERVIEWED);
		assertThat(this.applications.scorecards(shortlist.ids.get(0))).singleElement().satisfies((card) -> {
			assertThat(card.interviewer()).isEqualTo("interviewer");
			assertThat(card.recommendation()).isEqualTo("hire");
		});
	}

	@Test
	void theOwnerMayAskForAReferenceCheckBeforeTheOfferAndConcernsReachTheOwner() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		interview(stage, shortlist.ids.get(0), "contractor", 5);
		Map<String, Object> selection = new HashMap<>(RecruitmentFixtures.select("contractor"));
		selection.put("checkReferences", true);
		this.engine.complete(stage.getId(), "selectCandidate", "owner", selection);

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("checkReferences");
		this.engine.complete(stage.getId(), "checkReferences", "recruiter",
				Map.of("referencesContacted", "Two former clients by phone", "referenceFindings",
						"Good writing, but missed two deadlines", "form_checkReferences_outcome", "concerns"));

		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("referenceCheck",
				"Concerns. Contacted: Two former clients by phone. They said: Good writing, but missed two deadlines");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "owner".equals(notification.recipientGroup()))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.subject())
				.isEqualTo("The references of contractor raise concerns"));
		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("referencesGateway", "checkReferences",
				"recordReferenceCheck", "referencesCheckedJoin", "candidateSelected");
	}

	@Test
	void withoutAReferenceCheckTheSelectionGoesStraightToTheOffer() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		interview(stage, shortlist.ids.get(0), "contractor", 5);
		this.engine.complete(stage.getId(), "selectCandidate", "owner", RecruitmentFixtures.select("contractor"));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("referencesGateway", "referencesCheckedJoin",
				"candidateSelected");
		assertThat(this.engine.historicVariables(stage.getId())).doesNotContainKey("referenceCheck");
	}

	@Test
	void theCandidateConfirmsAvailabilityUpToTheCutOffDate() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		this.engine.complete(stage.getId(), "scheduleInterview", "recruiter", RecruitmentFixtures.interviewSlot());

		FormView confirmation = this.forms.taskForm(this.engine.task(stage.getId(), "confirmAvailability").getId());

		assertThat(confirmation.values()).containsEntry("cutOffDate", "2027-03-31")
			.containsEntry("schedule", "10 hours a week");
		assertThat(confirmation.fields()).filteredOn((field) -> "availableForSchedule".equals(field.id()))
			.singleElement()
			.satisfies((field) -> assertThat(field.name()).endsWith("up to the cut-off date"));
	}

	@Test
	void aCandidateWhoDoesNotAnswerByTheSchedulingDeadlineIsWithdrawn() {
		Shortlist shortlist = shortlist("contractor", "contractor2");
		ProcessInstance stage = start(shortlist, false);
		for (long id : shortlist.ids) {
			this.engine.completeTask(this.engine.taskWhere(stage.getId(), "scheduleInterview", "applicationId", id),
					"recruiter", RecruitmentFixtures.interviewSlot());
		}
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "confirmAvailability", "applicationId", shortlist.ids.get(0)),
				"contractor", RecruitmentFixtures.availability(true));

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).contains("invitationUnanswered",
				"withdrawUnresponsiveCandidate", "candidateWithdrawn");
		Application silent = this.applications.get(shortlist.ids.get(1));
		assertThat(silent.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(silent.statusReason()).contains("did not confirm an interview time");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("conductInterview");
	}

	@Test
	void timeCriticalWorkNeedsTheOwnersOverlapOrTheCandidateIsWithdrawn() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, true);
		this.engine.complete(stage.getId(), "scheduleInterview", "recruiter", RecruitmentFixtures.interviewSlot());

		// Lisbon 09:00-17:00 overlaps New York 09:00-17:00 by 3 hours in winter (4 in the
		// March weeks when only the US has switched): the shortest day counts
		this.engine.complete(stage.getId(), "confirmAvailability", "contractor",
				RecruitmentFixtures.availability(true, "Europe/Lisbon", "09:00", "17:00"));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("availableGateway",
				"withdrawUnavailableCandidate", "candidateUnavailable", "anyoneInterviewedGateway", "selectionMadeJoin",
				"recordSelection", "candidateSelectedGateway", "nobodySelected");
		Application withdrawn = this.applications.get(shortlist.ids.get(0));
		assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(withdrawn.statusReason()).contains("only 3 hours").contains("the work needs 4");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("selectionOutcome", "nobody")
			.containsEntry("computedOverlapHours", 3.0)
			.doesNotContainKey("candidateTimeZone");
	}

	@Test
	void aCandidateWhoseWorkingHoursOverlapEnoughIsInterviewed() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, true);
		this.engine.complete(stage.getId(), "scheduleInterview", "recruiter", RecruitmentFixtures.interviewSlot());
		FormView confirmation = this.forms.taskForm(this.engine.task(stage.getId(), "confirmAvailability").getId());
		assertThat(confirmation.values()).containsEntry("ownerTimeZone", "America/New_York")
			.containsEntry("ownerWorkStart", "09:00")
			.containsEntry("ownerWorkEnd", "17:00")
			.containsEntry("overlapNeeded", 4);

		// Chicago 08:00-16:00 is New York 09:00-17:00 all year: 8 hours a day
		this.engine.complete(stage.getId(), "confirmAvailability", "contractor",
				RecruitmentFixtures.availability(true, "America/Chicago", "08:00", "16:00"));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("conductInterview");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("computedOverlapHours", 8.0);
	}

	@Test
	void theCandidateAndTheInterviewerSeeWhenAndWhereTheInterviewIs() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		this.engine.complete(stage.getId(), "scheduleInterview", "recruiter", RecruitmentFixtures.interviewSlot());
		Map<String, Object> when = Map.of("interviewDate", "2026-12-01", "interviewTime", "15:00", "interviewTimeZone",
				"UTC", "meetingLink", "https://meet.example.com/abc");

		FormView confirmation = this.forms.taskForm(this.engine.task(stage.getId(), "confirmAvailability").getId());
		assertThat(confirmation.values()).containsAllEntriesOf(when);
		this.engine.complete(stage.getId(), "confirmAvailability", "contractor",
				RecruitmentFixtures.availability(true));

		FormView interview = this.forms.taskForm(this.engine.task(stage.getId(), "conductInterview").getId());
		assertThat(interview.values()).containsAllEntriesOf(when);
	}

	@Test
	void theCandidateAndTheInterviewersReceiveACalendarInvitationAtTheChosenTimeAlsoWhenSentAgain() throws Exception {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		Map<String, Object> summer = new HashMap<>(RecruitmentFixtures.interviewSlot());
		summer.put("interviewDate", "2027-07-01");
		summer.put("interviewTime", "15:00");
		summer.put("interviewTimeZone", "America/New_York");
		smtp.stop();
		try {
			this.engine.complete(stage.getId(), "scheduleInterview", "recruiter", summer);
			this.delivery.deliverPending();
		}
		finally {
			smtp.start();
		}
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.subject().toLowerCase(Locale.ROOT).contains("interview"))
			.hasSize(2)
			.allSatisfy((failed) -> assertThat(failed.lastError()).isNotNull());

		this.engine.passTime(Duration.ofMinutes(2));
		this.delivery.deliverPending();

		// New York is on daylight saving time (UTC-4) in July
		String uid = "UID:interview-" + shortlist.ids.get(0) + "@outsourcing-lifecycle\r\n";
		for (String reader : List.of("contractor@example.com", "interviewer@example.com")) {
			List<String> invitations = smtp
				.findReceivedMessages((mailbox) -> mailbox.getEmail().equals(reader),
						(message) -> subject(message).contains("interview"))
				.map(InterviewsProcessTest::unfoldedCalendarPart)
				.filter((invitation) -> invitation.contains(uid))
				.toList();
			assertThat(invitations).as("the invitation to " + reader).singleElement().satisfies((invitation) -> {
				assertThat(invitation).contains("\r\nMETHOD:REQUEST\r\n")
					.contains("\r\nDTSTART:20270701T190000Z\r\n")
					.contains("\r\nDTEND:20270701T200000Z\r\n")
					.contains("\r\nLOCATION:https://meet.example.com/abc\r\n")
					.contains("\r\nURL:https://meet.example.com/abc\r\n")
					.contains("\r\nORGANIZER:mailto:no-reply@outsourcing-lifecycle.local\r\n")
					.contains("RSVP=TRUE:mailto:contractor@example.com\r\n")
					.contains("RSVP=TRUE:mailto:interviewer@example.com\r\n")
					.containsPattern("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n");
			});
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The invitation a mail carries, its folded lines joined again (RFC 5545, 3.1). */
	private static String unfoldedCalendarPart(MimeMessage mail) {
		try {
			if (!(mail.getContent() instanceof MimeMultipart parts)) {
				return "";
			}
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				if (part.getContentType().startsWith("text/calendar")) {
					assertThat(part.getContentType()).contains("method=REQUEST");
					assertThat(part.getFileName()).isEqualTo("invite.ics");
					return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ",
							"");
				}
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theOwnerMaySelectNobody() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		interview(stage, shortlist.ids.get(0), "contractor", 2);

		this.engine.complete(stage.getId(), "selectCandidate", "owner", RecruitmentFixtures.selectNobody());

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("candidateSelectedGateway", "nobodySelected");
		assertThat(this.applications.get(shortlist.ids.get(0)).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
	}

	@Test
	void onlyAnInterviewedCandidateCanBeSelected() {
		Shortlist shortlist = shortlist("contractor");
		ProcessInstance stage = start(shortlist, false);
		interview(stage, shortlist.ids.get(0), "contractor", 4);

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "selectCandidate", "owner",
				RecruitmentFixtures.select("stranger")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).containsExactly(
							new FieldError("selectedCandidate", "must be one of contractor, not text 'stranger'")));
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "selectCandidate", "owner",
				Map.of("form_selectCandidate_outcome", "select")))
			.isInstanceOfSatisfying(FormValidationException.class, (refused) -> assertThat(refused.errors())
				.containsExactly(new FieldError("selectedCandidate", "is required")));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("selectCandidate");
		assertThat(this.applications.get(shortlist.ids.get(0)).status()).isEqualTo(ApplicationStatus.INTERVIEWED);
	}

	@Test
	void aCandidateMarkedDoNotHireIsNeitherSelectableNorInLineForTheOffer() {
		Shortlist shortlist = shortlist("contractor", "contractor2", "stranger2");
		ProcessInstance stage = start(shortlist, false);
		interview(stage, shortlist.ids.get(0), "contractor", 4);
		interview(stage, shortlist.ids.get(1), "contractor2", RecruitmentFixtures.scorecard(5, "doNotHire"));
		interview(stage, shortlist.ids.get(2), "stranger2", 3);

		assertThat(this.applications.rankingSummary(shortlist.adId)).startsWith("contractor2: ")
			.contains("recommends doNotHire (cannot be selected)");
		FormView selection = this.forms.taskForm(this.engine.task(stage.getId(), "selectCandidate").getId());
		assertThat(selection.fields()).filteredOn((field) -> "selectedCandidate".equals(field.id()))
			.singleElement()
			.satisfies((field) -> {
				assertThat(field.type()).isEqualTo("dropdown");
				assertThat(field.options()).extracting(FormView.Choice::id).containsExactly("contractor", "stranger2");
				assertThat(field.options().get(0).name()).startsWith("Name of contractor (contractor)");
			});
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "selectCandidate", "owner",
				RecruitmentFixtures.select("contractor2")))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).containsExactly(new FieldError("selectedCandidate",
							"must be one of contractor, stranger2, not text 'contractor2'")));
		this.engine.complete(stage.getId(), "selectCandidate", "owner", RecruitmentFixtures.select("contractor"));

		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("contractorUserId", "contractor")
			.containsEntry("candidateRanking", "stranger2");
	}

	@Test
	void eachCandidateSeesTheInterviewProposedToThemNotAnothers() {
		Shortlist shortlist = shortlist("contractor", "contractor2");
		ProcessInstance stage = start(shortlist, false);
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "scheduleInterview", "applicationId", shortlist.ids.get(0)),
				"recruiter", RecruitmentFixtures.interviewSlot());
		Map<String, Object> later = new HashMap<>(RecruitmentFixtures.interviewSlot());
		later.put("interviewDate", "2026-12-08");
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "scheduleInterview", "applicationId", shortlist.ids.get(1)),
				"recruiter", later);

		assertThat(this.forms
			.taskForm(this.engine.taskWhere(stage.getId(), "confirmAvailability", "applicationId", shortlist.ids.get(0))
				.getId())
			.values()).containsEntry("interviewDate", "2026-12-01");
		assertThat(this.forms
			.taskForm(this.engine.taskWhere(stage.getId(), "confirmAvailability", "applicationId", shortlist.ids.get(1))
				.getId())
			.values()).containsEntry("interviewDate", "2026-12-08");
	}

	private void interview(ProcessInstance stage, long applicationId, String candidate, int marks) {
		interview(stage, applicationId, candidate, RecruitmentFixtures.scorecard(marks));
	}

	private void interview(ProcessInstance stage, long applicationId, String candidate, Map<String, Object> scorecard) {
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "scheduleInterview", "applicationId", applicationId), "recruiter",
				RecruitmentFixtures.interviewSlot());
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "confirmAvailability", "applicationId", applicationId), candidate,
				RecruitmentFixtures.availability(true));
		this.engine.completeTask(
				this.engine.taskWhere(stage.getId(), "conductInterview", "applicationId", applicationId), "interviewer",
				scorecard);
	}

	private Shortlist shortlist(String... candidates) {
		String engagementId = "interviews-" + System.nanoTime();
		JobAd ad = this.ads.publish(engagementId, 1, new AdText("Writer", "Experience", null, "Say Pineapple", null),
				"recruiter", Instant.now().plus(Duration.ofDays(14)));
		List<Long> ids = new java.util.ArrayList<>();
		for (String candidate : candidates) {
			Application application = this.applications.submit(ad,
					RecruitmentFixtures.application(candidate, "Name of " + candidate));
			this.applications.screened(application.id(), true, 4, null);
			this.applications.changeStatus(application.id(), ApplicationStatus.PASSED, ApplicationStatus.SHORTLISTED,
					null);
			ids.add(application.id());
		}
		return new Shortlist(engagementId, ad.id(), ids);
	}

	private ProcessInstance start(Shortlist shortlist, boolean timeCritical) {
		Map<String, Object> variables = new HashMap<>(RecruitmentFixtures.engagement());
		variables.put("engagementId", shortlist.engagementId);
		variables.put("adId", String.valueOf(shortlist.adId));
		variables.put("timeCritical", timeCritical);
		variables.put("overlapHours", 4);
		variables.put("ownerTimeZone", "America/New_York");
		variables.put("ownerWorkStart", "09:00");
		variables.put("ownerWorkEnd", "17:00");
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("interviews")
			.variables(variables)
			.start();
	}

	record Shortlist(String engagementId, long adId, List<Long> ids) {
	}

}
