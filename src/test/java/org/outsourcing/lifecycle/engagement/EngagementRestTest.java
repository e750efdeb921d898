package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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
			complete(
					"recruiter", id, "scheduleInterview", Map.of("interviewDate", "2026-12-01", "interviewTime",
							"15:00", "interviewTimeZone", "UTC", "meetingLink", "https://meet.example.com/x"),
					"invite");
		}
		for (String candidate : List.of("contractor", "contractor2")) {
			complete(candidate, id, "confirmAvailability", Map.of("availableForSchedule", true, "candidateTimeZone",
					"Europe/Lisbon", "candidateWorkStart", "09:00", "candidateWorkEnd", "17:00"), "confirm");
		}
		for (int i = 0; i < 2; i++) {
			complete("interviewer", id, "conductInterview",
					Map.of("workEthic", 5 - i, "skills", 5 - i, "communication", 5 - i, "recommendation", "hire"),
					"record");
		}
		selectThroughTheFormApi(id);

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

	/**
	 * The selection's form lists the interviewed candidates by name; a value outside them
	 * is refused naming the field; the whole form sent back as shown (its read-only
	 * context included) is accepted, a changed read-only value refused.
	 */
	private void selectThroughTheFormApi(String engagementId) throws JsonProcessingException {
		String taskId = this.engine.task(engagementId, "selectCandidate").getId();
		JsonNode form = as("owner").get("/api/tasks/" + taskId + "/form").json();
		JsonNode selected = field(form, "selectedCandidate");
		assertThat(selected.path("type").asText()).isEqualTo("dropdown");
		assertThat(selected.path("options").findValuesAsText("id")).containsExactly("contractor", "contractor2");
		assertThat(selected.path("options").get(0).path("name").asText()).startsWith("Carla Contractor (contractor)");

		Response outside = as("owner").post("/api/tasks/" + taskId + "/complete",
				json(Map.of("values", Map.of("selectedCandidate", "stranger"), "outcome", "select")));
		assertThat(outside.status()).as(outside.body()).isEqualTo(400);
		assertThat(outside.json().path("errors").findValuesAsText("field")).containsExactly("selectedCandidate");

		Map<String, Object> echoed = JSON.convertValue(form.path("values"), new TypeReference<Map<String, Object>>() {
		});
		echoed.put("selectedCandidate", "contractor");
		Map<String, Object> changed = new java.util.HashMap<>(echoed);
		changed.put("title", "Another title");
		Response changedContext = as("owner").post("/api/tasks/" + taskId + "/complete",
				json(Map.of("values", changed, "outcome", "select")));
		assertThat(changedContext.status()).as(changedContext.body()).isEqualTo(400);
		assertThat(changedContext.json().path("errors").findValuesAsText("field")).containsExactly("title");

		assertThat(echoed).containsKeys("title", "ranking");
		Response accepted = as("owner").post("/api/tasks/" + taskId + "/complete",
				json(Map.of("values", echoed, "outcome", "select")));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
		assertThat(this.engine.historicVariables(engagementId)).containsEntry("title", echoed.get("title"));
	}

	private static JsonNode field(JsonNode form, String id) {
		for (JsonNode field : form.path("fields")) {
			if (id.equals(field.path("id").asText())) {
				return field;
			}
		}
		throw new AssertionError("No field " + id + " in " + form);
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
