package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flowable.engine.RuntimeService;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ScreeningProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	JobAds ads;

	@Autowired
	Applications applications;

	@Autowired
	Notifications notifications;

	@Autowired
	TaskForms forms;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void everyApplicationIsScreenedAndTheBestFiveAreShortlisted() {
		String engagementId = "screening-" + System.nanoTime();
		List<Application> received = applicationsTo(engagementId, 7);
		ProcessInstance stage = start(engagementId, received.get(0).jobAdId());
		assertThat(this.engine.openTasks(stage.getId(), "screenApplication")).hasSize(7);

		int[] scores = { 2, 5, 4, 3, 5, 1, 4 };
		for (int i = 0; i < received.size(); i++) {
			Application application = received.get(i);
			boolean shortlist = i != 5;
			this.engine.completeTask(
					this.engine.taskWhere(stage.getId(), "screenApplication", "applicationId", application.id()),
					"recruiter", RecruitmentFixtures.screening(shortlist, scores[i]));
		}

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("shortlistCandidates",
				"anyoneShortlistedGateway", "shortlistReady");
		Map<String, Object> variables = this.engine.historicVariables(stage.getId());
		assertThat(variables).containsEntry("screeningOutcome", "shortlisted")
			.containsEntry("shortlist", "applicant1,applicant4,applicant2,applicant6,applicant3");
		assertThat(this.applications.forEngagement(engagementId)).extracting(Application::status)
			.containsExactly(ApplicationStatus.REJECTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.SHORTLISTED,
					ApplicationStatus.SHORTLISTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.REJECTED,
					ApplicationStatus.SHORTLISTED);
		assertThat(this.applications.forEngagement(engagementId).get(0).statusReason())
			.isEqualTo("Not among the 5 most promising applications");
		assertThat(this.applications.forEngagement(engagementId).get(5).statusReason())
			.isEqualTo("Did not meet: followedInstructions");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.kind() == NotificationKind.REJECTION)
			.extracting((notification) -> notification.recipientUser())
			.containsExactlyInAnyOrder("applicant0", "applicant5");
	}

	@Test
	void lateScreeningRemindsTheRecruiterThenEscalatesToTheOwner() {
		String engagementId = "screening-" + System.nanoTime();
		List<Application> received = applicationsTo(engagementId, 1);
		ProcessInstance stage = start(engagementId, received.get(0).jobAdId());

		this.engine.passTime(Duration.ofDays(3).plusMinutes(1));
		assertThat(this.notifications.forProcessInstance(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.kind()).isEqualTo(NotificationKind.REMINDER);
			assertThat(notification.recipientGroup()).isEqualTo("recruiter");
			assertThat(notification.body()).contains("Applicant 0");
		});

		this.engine.passTime(Duration.ofDays(2));
		assertThat(this.notifications.forProcessInstance(stage.getId())).hasSize(2).last().satisfies((notification) -> {
			assertThat(notification.kind()).isEqualTo(NotificationKind.ESCALATION);
			assertThat(notification.recipientGroup()).isEqualTo("owner");
		});
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("screenApplication");
		assertThat(this.engine.activitiesPassed(stage.getId())).contains("screeningOverdue",
				"remindRecruiterOfScreening", "screeningEscalated", "escalateScreeningToOwner");
	}

	@Test
	void anEmptyShortlistEndsScreeningSoTheAdIsReposted() {
		String engagementId = "screening-" + System.nanoTime();
		List<Application> received = applicationsTo(engagementId, 2);
		ProcessInstance stage = start(engagementId, received.get(0).jobAdId());

		for (Application application : received) {
			this.engine.completeTask(
					this.engine.taskWhere(stage.getId(), "screenApplication", "applicationId", application.id()),
					"recruiter", RecruitmentFixtures.screening(false, 1));
		}

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("anyoneShortlistedGateway", "shortlistEmpty");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("screeningOutcome", "empty")
			.containsEntry("shortlist", "");
	}

	@Test
	void eachScreeningShowsAndKeepsOnlyItsOwnAnswersInEitherOrder() {
		for (boolean firstApplicantFirst : new boolean[] { true, false }) {
			String engagementId = "screening-" + System.nanoTime();
			List<Application> received = applicationsTo(engagementId, 2);
			ProcessInstance stage = start(engagementId, received.get(0).jobAdId());
			Application earlier = received.get(firstApplicantFirst ? 0 : 1);
			Application later = received.get(firstApplicantFirst ? 1 : 0);

			this.forms.complete(screeningOf(stage, earlier), notes(RecruitmentFixtures.screening(true, 5), "Strong"),
					"shortlist", "recruiter");

			String laterTask = screeningOf(stage, later);
			assertThat(this.forms.taskForm(laterTask).values()).as("the later task's form is its own")
				.containsKey("applicantName")
				.doesNotContainKeys("qualified", "followedInstructions", "relevantSamples", "worksIndependently",
						"screeningScore", "screeningNotes", "form_screenApplication_outcome");
			this.forms.complete(laterTask, notes(RecruitmentFixtures.screening(false, 2), "Weak"), "reject",
					"recruiter");

			assertThat(this.applications.find(earlier.id()).orElseThrow().status())
				.isEqualTo(ApplicationStatus.SHORTLISTED);
			assertThat(this.applications.find(earlier.id()).orElseThrow().screeningScore()).isEqualTo(5);
			assertThat(this.applications.find(later.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.REJECTED);
			assertThat(this.applications.find(later.id()).orElseThrow().screeningScore()).isEqualTo(2);
			assertThat(this.engine.history()
				.createHistoricVariableInstanceQuery()
				.processInstanceId(stage.getId())
				.variableName("screeningNotes")
				.list()).as("each answer kept on its own instance, none on the process")
				.extracting(HistoricVariableInstance::getExecutionId)
				.hasSize(2)
				.doesNotHaveDuplicates()
				.doesNotContain(stage.getId());
		}
	}

	@Test
	void applicationsScreenedAtTheSameMomentKeepTheirOwnAnswers() throws Exception {
		String engagementId = "screening-" + System.nanoTime();
		List<Application> received = applicationsTo(engagementId, 2);
		ProcessInstance stage = start(engagementId, received.get(0).jobAdId());
		String first = screeningOf(stage, received.get(0));
		String second = screeningOf(stage, received.get(1));
		assertThat(this.forms.taskForm(first).values()).doesNotContainKey("screeningScore");
		assertThat(this.forms.taskForm(second).values()).doesNotContainKey("screeningScore");

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService recruiters = Executors.newFixedThreadPool(2);
		try {
			Future<?> one = recruiters.submit(() -> {
				together.await();
				this.forms.complete(first, notes(RecruitmentFixtures.screening(true, 4), "First"), "shortlist",
						"recruiter");
				return null;
			});
			Future<?> two = recruiters.submit(() -> {
				together.await();
				this.forms.complete(second, notes(RecruitmentFixtures.screening(true, 3), "Second"), "shortlist",
						"recruiter");
				return null;
			});
			one.get(60, TimeUnit.SECONDS);
			two.get(60, TimeUnit.SECONDS);
		}
		finally {
			recruiters.shutdownNow();
		}

		assertThat(this.applications.forEngagement(engagementId)).extracting(Application::screeningScore)
			.containsExactly(4, 3);
		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("shortlistReady");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("shortlist", "applicant0,applicant1");
	}

	@Test
	void shortlistingWithACheckUntickedIsRefusedNamingTheCheckAndNobodyIsTold() {
		String engagementId = "screening-" + System.nanoTime();
		List<Application> received = applicationsTo(engagementId, 1);
		ProcessInstance stage = start(engagementId, received.get(0).jobAdId());
		String task = screeningOf(stage, received.get(0));
		Map<String, Object> values = notes(RecruitmentFixtures.screening(true, 4), "Good");
		values.put("relevantSamples", false);

		assertThatThrownBy(() -> this.forms.complete(task, values, "shortlist", "recruiter")).isInstanceOfSatisfying(
				FormValidationException.class,
				(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("relevantSamples");
					assertThat(error.reason()).contains("Reject");
				}));
		assertThat(this.engine.openTasks(stage.getId(), "screenApplication")).extracting(Task::getId)
			.containsExactly(task);
		assertThat(this.applications.find(received.get(0).id()).orElseThrow().status())
			.isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(this.notifications.forProcessInstance(stage.getId())).isEmpty();

		this.forms.complete(task, values, "reject", "recruiter");
		assertThat(this.applications.find(received.get(0).id()).orElseThrow().status())
			.isEqualTo(ApplicationStatus.REJECTED);
	}

	@Test
	void anAdThatStatesComplianceStatementsShortlistsOnlyWhoCanMakeThem() {
		String engagementId = "screening-" + System.nanoTime();
		JobAd ad = this.ads.publish(engagementId, 1,
				new AdText("Bookkeeper", "Experience", null, "Say Pineapple", null, null,
						"The contractor signs compliance statements for PCI DSS (payment-card data)."),
				"recruiter", Instant.now().plus(Duration.ofDays(14)));
		Application application = this.applications.submit(ad,
				RecruitmentFixtures.application("applicant0", "Applicant 0"));
		ProcessInstance stage = start(engagementId, ad.id());
		String task = screeningOf(stage, application);
		assertThat(this.forms.taskForm(task).values()).containsEntry("complianceNeeds",
				"The contractor signs compliance statements for PCI DSS (payment-card data).");

		Map<String, Object> values = notes(RecruitmentFixtures.screening(true, 4), "Good");
		assertThatThrownBy(() -> this.forms.complete(task, values, "shortlist", "recruiter")).isInstanceOfSatisfying(
				FormValidationException.class, (refused) -> assertThat(refused.errors()).extracting(FieldError::field)
					.containsExactly("meetsCompliance"));

		values.put("meetsCompliance", true);
		this.forms.complete(task, values, "shortlist", "recruiter");
		assertThat(this.applications.find(application.id()).orElseThrow().status())
			.isEqualTo(ApplicationStatus.SHORTLISTED);
	}

	private String screeningOf(ProcessInstance stage, Application application) {
		return this.engine.taskWhere(stage.getId(), "screenApplication", "applicationId", application.id()).getId();
	}

	private static Map<String, Object> notes(Map<String, Object> screening, String notes) {
		Map<String, Object> values = new HashMap<>(screening);
		values.remove("form_screenApplication_outcome");
		values.put("screeningNotes", notes);
		return values;
	}

	private List<Application> applicationsTo(String engagementId, int count) {
		JobAd ad = this.ads.publish(engagementId, 1, new AdText("Writer", "Experience", null, "Say Pineapple", null),
				"recruiter", Instant.now().plus(Duration.ofDays(14)));
		List<Application> received = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			received
				.add(this.applications.submit(ad, RecruitmentFixtures.application("applicant" + i, "Applicant " + i)));
		}
		return received;
	}

	private ProcessInstance start(String engagementId, long adId) {
		Map<String, Object> variables = new HashMap<>(RecruitmentFixtures.engagement());
		variables.put("engagementId", engagementId);
		variables.put("adId", String.valueOf(adId));
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("screening")
			.variables(variables)
			.start();
	}

}
