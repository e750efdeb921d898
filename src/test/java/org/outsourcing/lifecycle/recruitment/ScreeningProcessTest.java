package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

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
