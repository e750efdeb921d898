package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.recruitment.Applications;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engagement from the owner's request to a selected candidate through the REST APIs
 * alone, as the README's curl commands do it; only time is moved by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngagementRestTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	EngineDriver engine;

	@Autowired
	Applications applications;

	@Autowired
	Engagements engagements;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void fromDefineTheWorkToASelectedCandidateThroughTheApi() throws Exception {
		Response started = as("owner").post("/process-api/runtime/process-instances",
				json(Map.of("processDefinitionKey", "outsourcingEngagement", "businessKey", "newsletter-2026",
						"variables", variables(LifecycleDriver.definition("none", false)))));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String id = started.json().path("id").asText();

		complete(
				"recruiter", id, "writeAd", Map.of("adHeadline", "Freelance newsletter writer", "requirements",
						"Three years of e-mail marketing", "applicationInstruction", "Start with the word Pineapple"),
				"publish");
		Response applied = as("contractor").post("/api/engagements/" + id + "/applications",
				json(Map.of("applicantName", "Carla Contractor", "email", "carla@example.com", "coverLetter",
						"Pineapple. I write newsletters.", "samplesUrl", "https://carla.example.com",
						"instructionAnswer", "Pineapple", "hourlyRate", 35, "timeZone", "Europe/Lisbon")));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		Response execution = as("admin")
			.get("/process-api/runtime/executions?messageEventSubscriptionName=applicationReceived"
					+ "&processBusinessKey=newsletter-2026");
		assertThat(execution.data()).as(execution.body()).hasSize(1);
		Response message = as("admin").put(
				"/process-api/runtime/executions/" + execution.data().get(0).path("id").asText(),
				json(Map.of("action", "messageEventReceived", "messageName", "applicationReceived", "variables",
						variables(Map.of("applicantUserId", "contractor2", "applicantName", "Dan Second",
								"applicantEmail", "dan@example.com", "coverLetter", "Pineapple, hello", "samplesUrl",
								"https://dan.example.com", "instructionAnswer", "Pineapple")))));
		assertThat(message.status()).as(message.body()).isBetween(200, 204);

		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));
		for (int i = 0; i < 2; i++) {
			complete("recruiter", id, "screenApplication", Map.of("qualified", true, "followedInstructions", true,
					"relevantSamples", true, "worksIndependently", true, "screeningScore", 4 - i), "shortlist");
		}
		for (int i = 0; i < 2; i++) {
			complete("recruiter", id, "scheduleInterview", Map.of("interviewDate", "2026-12-01", "interviewTime",
					"15:00 UTC", "meetingLink", "https://meet.example.com/x"), "invite");
		}
		for (String candidate : List.of("contractor", "contractor2")) {
			complete(candidate, id, "confirmAvailability", Map.of("availableForSchedule", true, "candidateTimeZone",
					"Europe/Lisbon", "candidateOverlapHours", 3), "confirm");
		}
		for (int i = 0; i < 2; i++) {
			complete("interviewer", id, "conductInterview",
					Map.of("workEthic", 5 - i, "skills", 5 - i, "communication", 5 - i, "recommendation", "hire"),
					"record");
		}
		complete("owner", id, "selectCandidate", Map.of("selectedCandidate", "contractor"), "select");

		assertThat(this.engine.openTaskKeys(id)).containsExactly("draftContract");
		Engagement engagement = this.engagements.find(id).orElseThrow();
		assertThat(engagement.status()).isEqualTo(EngagementStatus.SELECTED);
		assertThat(this.applications.forEngagement(id)).extracting((application) -> application.status().name())
			.containsExactly("SELECTED", "INTERVIEWED");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		Response started = as("owner").post("/process-api/runtime/process-instances",
				json(Map.of("processDefinitionKey", "outsourcingEngagement", "variables",
						variables(LifecycleDriver.definition("none", false)))));
		String id = started.json().path("id").asText();
		complete(
				"recruiter", id, "writeAd", Map.of("adHeadline", "Freelance newsletter writer", "requirements",
						"Three years of e-mail marketing", "applicationInstruction", "Start with the word Pineapple"),
				"publish");

		Response malformed = as("contractor").post("/api/engagements/" + id + "/applications",
				json(Map.of("applicantName", "Carla", "email", "not-an-address", "coverLetter", "Hi", "samplesUrl",
						"https://carla.example.com", "instructionAnswer", "Pineapple")));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().path("errors").findValuesAsText("field")).containsExactly("applicantEmail");
		assertThat(malformed.json().path("errors").get(0).path("reason").asText())
			.startsWith("must be an e-mail address");
		Response wrongType = as("contractor").post("/api/engagements/" + id + "/applications",
				"{\"applicantName\": \"Carla\", \"hourlyRate\": \"lots\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().path("detail").asText()).contains("hourlyRate");
		Response unknown = as("contractor").post("/api/engagements/no-such-engagement/applications",
				json(Map.of("applicantName", "Carla", "email", "carla@example.com", "coverLetter", "Pineapple",
						"samplesUrl", "https://carla.example.com", "instructionAnswer", "Pineapple")));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(this.applications.forEngagement(id)).isEmpty();

		int engagementsBefore = this.engagements.all().size();
		Map<String, Object> wrongDeadline = LifecycleDriver.definition("none", false);
		wrongDeadline.put("applicationWindow", "two weeks");
		Response refused = as("owner").post("/process-api/runtime/process-instances",
				json(Map.of("processDefinitionKey", "outsourcingEngagement", "variables", variables(wrongDeadline))));
		assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
		assertThat(this.engagements.all())
			.noneMatch((engagement) -> engagement.id().equals(refused.json().path("id").asText()));
	}

	private void complete(String user, String engagementId, String taskKey, Map<String, Object> values, String outcome)
			throws JsonProcessingException {
		Response tasks = as(user).get("/process-api/runtime/tasks?processInstanceIdWithChildren=" + engagementId
				+ "&taskDefinitionKey=" + taskKey + "&size=100");
		assertThat(tasks.data()).as(user + " sees a " + taskKey + " task: " + tasks.body()).isNotEmpty();
		Map<String, Object> submitted = new java.util.HashMap<>(values);
		submitted.put("form_" + taskKey + "_outcome", outcome);
		Response done = as(user).post("/process-api/runtime/tasks/" + tasks.data().get(0).path("id").asText(),
				json(Map.of("action", "complete", "variables", variables(submitted))));
		assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(200);
	}

	private static List<Map<String, Object>> variables(Map<String, Object> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> Map.<String, Object>of("name", entry.getKey(), "value", restValue(entry.getValue())))
			.collect(Collectors.toList());
	}

	private static Object restValue(Object value) {
		return (value instanceof java.math.BigDecimal decimal) ? decimal.doubleValue() : value;
	}

	private static String json(Object value) throws JsonProcessingException {
		return JSON.writeValueAsString(value);
	}

	private ApiClient as(String user) {
		return new ApiClient(this.port, user, "demo");
	}

}
