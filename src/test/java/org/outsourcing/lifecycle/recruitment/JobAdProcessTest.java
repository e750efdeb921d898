package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class JobAdProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	ApplicationIntake intake;

	@Autowired
	Applications applications;

	@Autowired
	JobAds ads;

	@Autowired
	Notifications notifications;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void applicationsArriveUntilTheWindowCloses() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "writeAd", "recruiter", RecruitmentFixtures.ad());
		this.intake.submit(stage.getId(), RecruitmentFixtures.application("contractor", "Carla Contractor"));
		this.engine.passTime(Duration.ofDays(13));
		this.intake.submit(stage.getId(), RecruitmentFixtures.application("contractor2", "Dan Second"));

		this.engine.passTime(Duration.ofDays(1).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsExactly("adRequested", "writeAd", "adReadyJoin",
				"publishAd", "collectApplications", "applicationWindowOpened", "applicationWindowClosed",
				"receiveApplication", "applicationReceived", "recordApplication", "applicationRecorded",
				"receiveApplication", "applicationReceived", "recordApplication", "applicationRecorded",
				"applicationsCollected", "closeApplicationWindow", "applicationsReceivedGateway",
				"applicationsReceivedEnd");
		Map<String, Object> variables = this.engine.historicVariables(stage.getId());
		assertThat(variables).containsEntry("adOutcome", "applications")
			.containsEntry("applicationsReceived", 2)
			.doesNotContainKeys("applicantName", "applicantEmail", "coverLetter");
		JobAd ad = this.ads.get(variables.get("adId"));
		assertThat(ad.status()).isEqualTo(JobAdStatus.CLOSED);
		assertThat(ad.instruction()).contains("Pineapple");
		assertThat(ad.cutOffDate()).isEqualTo(LocalDate.parse("2027-03-31"));
		assertThat(ad.publishedBy()).isEqualTo("recruiter");
		assertThat(this.applications.forEngagement(stage.getId())).extracting(Application::applicantUserId)
			.containsExactly("contractor", "contractor2");
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> "contractor".equals(notification.recipientUser()))
			.singleElement()
			.satisfies((notification) -> assertThat(notification.subject()).contains("We received your application"));
	}

	@Test
	void noApplicationsRepostsTheAdThenCancels() {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "writeAd", "recruiter", RecruitmentFixtures.ad());

		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("reviseAd");
		this.engine.complete(stage.getId(), "reviseAd", "recruiter", RecruitmentFixtures.revisedAd(Map.of()));
		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));
		this.engine.complete(stage.getId(), "reviseAd", "recruiter", RecruitmentFixtures.revisedAd(Map.of("adHeadline",
				"Freelance newsletter writer, remote, 5 h/week", "rateOffered", "USD 40-50 an hour")));
		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("publishAd",
				"closeApplicationWindow", "repostAllowedGateway", "reviseAd", "adReadyJoin", "publishAd",
				"closeApplicationWindow", "repostAllowedGateway", "reviseAd", "adReadyJoin", "publishAd",
				"closeApplicationWindow", "repostAllowedGateway", "cancelAd", "adCancelled");
		JobAd lastAd = this.ads.get(this.engine.historicVariables(stage.getId()).get("adId"));
		assertThat(lastAd.publication()).isEqualTo(3);
		assertThat(lastAd.headline()).isEqualTo("Freelance newsletter writer, remote, 5 h/week");
		assertThat(lastAd.rateOffered()).isEqualTo("USD 40-50 an hour");
		assertThat(this.engine.activitiesPassed(stage.getId())).filteredOn("publishAd"::equals).hasSize(3);
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("adOutcome", "cancelled")
			.containsEntry("adPublications", 3);
		assertThat(this.notifications.forProcessInstance(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.recipientGroup()).isEqualTo("owner");
			assertThat(notification.body()).contains("published 3 times");
		});
	}

	@Test
	void theRecruiterIsRemindedOfAnOverdueAd() {
		ProcessInstance stage = start();

		this.engine.passTime(Duration.ofDays(3).plusMinutes(1));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("writeAd");
		assertThat(this.notifications.forProcessInstance(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.kind()).isEqualTo(NotificationKind.REMINDER);
			assertThat(notification.recipientGroup()).isEqualTo("recruiter");
		});
	}

	@Test
	void badApplicationsAreRefusedAndNothingIsWritten() {
		ProcessInstance stage = start();
		assertThatThrownBy(
				() -> this.intake.submit(stage.getId(), RecruitmentFixtures.application("contractor", "Carla")))
			.isInstanceOf(FlowableConflictException.class)
			.hasMessageContaining("ad is not open");
		this.engine.complete(stage.getId(), "writeAd", "recruiter", RecruitmentFixtures.ad());

		NewApplication malformed = new NewApplication("contractor", "Carla", "not-an-address", " ", "ftp://x", "ok",
				null, "Mars/Olympus");
		assertThatThrownBy(() -> this.intake.submit(stage.getId(), malformed))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("applicantEmail: must be an e-mail address")
			.hasMessageContaining("coverLetter: is required")
			.hasMessageContaining("samplesUrl: must be a web address starting with http:// or https://");
		NewApplication unknownZone = new NewApplication("contractor", "Carla", "carla@example.com", "Pineapple",
				"https://carla.example.com", "ok", null, "Mars/Olympus");
		assertThatThrownBy(() -> this.intake.submit(stage.getId(), unknownZone))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("applicantTimeZone: must be one of Africa/Abidjan")
			.hasMessageContaining("not text 'Mars/Olympus'");
		assertThatThrownBy(() -> this.runtime.messageEventReceived("applicationReceived",
				this.runtime.createExecutionQuery()
					.processInstanceId(stage.getId())
					.messageEventSubscriptionName("applicationReceived")
					.singleResult()
					.getId(),
				Map.of("applicantUserId", "contractor", "hourlyRate", "lots")))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("hourlyRate: must be a number");
		assertThat(this.applications.forEngagement(stage.getId())).isEmpty();

		this.intake.submit(stage.getId(), RecruitmentFixtures.application("contractor", "Carla"));
		assertThatThrownBy(
				() -> this.intake.submit(stage.getId(), RecruitmentFixtures.application("contractor", "Carla")))
			.isInstanceOf(AlreadyAppliedException.class);
		assertThatThrownBy(
				() -> this.intake.submit("no-such-engagement", RecruitmentFixtures.application("contractor2", "Dan")))
			.isInstanceOf(FlowableObjectNotFoundException.class);
		assertThat(this.applications.forEngagement(stage.getId())).hasSize(1);
	}

	@Test
	void applicationsArrivingAtTheSameMomentAreAllRecorded() throws Exception {
		ProcessInstance stage = start();
		this.engine.complete(stage.getId(), "writeAd", "recruiter", RecruitmentFixtures.ad());
		int applicants = 8;
		ExecutorService pool = Executors.newFixedThreadPool(applicants);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Application>> answers = new ArrayList<>();
		for (int i = 0; i < applicants; i++) {
			String applicant = "concurrent" + i;
			answers.add(pool.submit(() -> {
				go.await();
				return this.intake.submit(stage.getId(),
						RecruitmentFixtures.application(applicant, "Name " + applicant));
			}));
		}
		go.countDown();
		for (Future<Application> answer : answers) {
			assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		}
		pool.shutdown();

		assertThat(this.applications.forEngagement(stage.getId())).hasSize(applicants);
		assertThat(this.engine.activitiesPassed(stage.getId())).filteredOn("recordApplication"::equals)
			.hasSize(applicants);
	}

	private ProcessInstance start() {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("jobAd")
			.variables(RecruitmentFixtures.engagement())
			.start();
	}

}
