package org.outsourcing.lifecycle.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * An engagement whose ad is published with an application window of a few seconds and no
 * reposts: when the window closes, the timer fires, the ad is cancelled and the owner is
 * told. Opened just before a kill, its timer falls due while the application is down.
 */
final class WindowClosingSoon {

	private static final DateTimeFormatter REST_TIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

	final String engagement;

	final String jobAd;

	final Instant due;

	private final String title;

	private WindowClosingSoon(String engagement, String jobAd, Instant due, String title) {
		this.engagement = engagement;
		this.jobAd = jobAd;
		this.due = due;
		this.title = title;
	}

	static WindowClosingSoon open(ApplicationProcess application, Duration window, String title) {
		List<Map<String, Object>> variables = new ArrayList<>();
		Map<String, Object> definition = Workload.definition();
		definition.put("title", title);
		definition.forEach((name, value) -> variables.add(Map.of("name", name, "value", value)));
		variables.add(Map.of("name", "applicationWindow", "value", window.toString()));
		variables.add(Map.of("name", "maxReposts", "value", 0));
		String engagement = application.as("owner")
			.post("/process-api/runtime/process-instances",
					Map.of("processDefinitionKey", "outsourcingEngagement", "variables", variables))
			.expect(201)
			.json()
			.path("id")
			.asText();
		Http recruiter = application.as("recruiter");
		String task = recruiter
			.get("/process-api/runtime/tasks?taskDefinitionKey=writeAd&processInstanceIdWithChildren=" + engagement)
			.expect(200)
			.data()
			.path(0)
			.path("id")
			.asText();
		recruiter.post("/api/tasks/" + task + "/complete", Map.of("values", Workload.ad(), "outcome", "publish"))
			.expect(204);
		Http admin = application.as("admin");
		String jobAd = admin.get("/process-api/runtime/process-instances?superProcessInstanceId=" + engagement)
			.expect(200)
			.data()
			.path(0)
			.path("id")
			.asText();
		JsonNode timer = null;
		for (JsonNode job : Survivors.all(admin, "/process-api/management/timer-jobs?processInstanceId=" + jobAd)) {
			if ("applicationWindowClosed".equals(job.path("elementId").asText())) {
				timer = job;
			}
		}
		assertThat(timer).as("the application window's timer of " + jobAd).isNotNull();
		Instant due = OffsetDateTime.parse(timer.path("dueDate").asText(), REST_TIME).toInstant();
		return new WindowClosingSoon(engagement, jobAd, due, title);
	}

	/**
	 * Waits (bounded) until the window has closed, then asserts it closed once: one timer
	 * firing, one cancelled ad, one notification to the owner.
	 */
	void closedOnce(ApplicationProcess application) throws InterruptedException {
		Http admin = application.as("admin");
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (admin.get("/process-api/history/historic-process-instances/" + this.jobAd)
			.expect(200)
			.json()
			.path("endTime")
			.isNull()) {
			if (System.nanoTime() > deadline) {
				fail("The application window of " + this.jobAd + " (due " + this.due + ") did not close");
			}
			Thread.sleep(200);
		}
		assertThat(Survivors.all(admin,
				"/process-api/history/historic-activity-instances?activityId="
						+ "applicationWindowClosed&processInstanceId=" + this.jobAd))
			.as("the window's timer fired once")
			.hasSize(1);
		assertThat(Survivors.all(admin,
				"/process-api/history/historic-activity-instances?activityId=adCancelled&processInstanceId="
						+ this.jobAd))
			.hasSize(1);
		JsonNode trail = application.as("auditor")
			.get("/api/engagements/" + this.engagement + "/audit")
			.expect(200)
			.json();
		List<String> fired = new ArrayList<>();
		List<String> queued = new ArrayList<>();
		trail.forEach((entry) -> {
			if ("TIMER_FIRED".equals(entry.path("type").asText())) {
				fired.add(entry.path("activityId").asText());
			}
			if ("NOTIFICATION_QUEUED".equals(entry.path("type").asText())) {
				queued.add(entry.path("details").path("subject").asText());
			}
		});
		assertThat(fired).containsExactly("applicationWindowClosed");
		assertThat(queued).as("notifications of " + this.engagement)
			.containsExactlyInAnyOrder("No applications for '" + this.title + "'", "'" + this.title + "' is cancelled");
	}

}
