package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.forms.SampleValues.Breakage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms over HTTP: the product's API and Flowable's own REST resources read the forms
 * of {@code forms/}, refuse misfits with 400 and every field error, and answer a lost
 * race with 409.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FormsTestConfiguration.class)
class FormRestTest {

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	TestRestTemplate anonymous;

	@Autowired
	FormRegistry registry;

	@Autowired
	FormBench bench;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Test
	void theProductApiShowsTheFormWithItsContextAndCompletesItAsTheUser() throws Exception {
		Task task = this.bench.openTask("confirmCoreWork", Map.of("title", "Newsletter", "goal", "Sales"));

		JsonNode form = body(get("/api/tasks/" + task.getId() + "/form"), 200);
		assertThat(form.path("key").asText()).isEqualTo("confirmCoreWork");
		assertThat(form.path("values").path("title").asText()).isEqualTo("Newsletter");
		assertThat(form.path("outcomes").findValuesAsText("id")).containsExactly("confirm", "withdraw");
		assertThat(form.path("outcomes").get(0).has("confirm")).isFalse();
		assertThat(form.path("outcomes").get(1).path("confirm").asText())
			.isEqualTo("Keep the work in-house? The engagement ends here.");
		assertThat(form.path("outcomeVariable").asText()).isEqualTo("form_confirmCoreWork_outcome");

		JsonNode refused = body(post("/api/tasks/" + task.getId() + "/complete",
				Map.of("values", Map.of("confirmationNote", 12, "title", "x"), "outcome", "perhaps")), 400);
		assertThat(refused.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("confirmationNote",
				"title", "form_confirmCoreWork_outcome");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

		assertThat(post("/api/tasks/" + task.getId() + "/complete",
				Map.of("values", Map.of("confirmationNote", "We lack the hours"), "outcome", "confirm"))
			.getStatusCode()
			.value()).isEqualTo(204);
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo(FormsTestConfiguration.USER);
		assertThat(this.runtime.getVariables(task.getProcessInstanceId())).containsEntry("form_confirmCoreWork_outcome",
				"confirm");

		JsonNode again = body(post("/api/tasks/" + task.getId() + "/complete", Map.of("outcome", "confirm")), 409);
		assertThat(again.path("detail").asText()).contains("already completed by owner");
	}

	@Test
	void badRequestsAnswer4xxWithAMessage() throws Exception {
		Task task = this.bench.openTask("confirmCoreWork", Map.of());
		assertThat(body(get("/api/tasks/no-such-task/form"), 404).path("detail").asText()).contains("no-such-task");
		assertThat(body(post("/api/tasks/no-such-task/complete", Map.of("outcome", "confirm")), 404).path("detail")
			.asText()).contains("no-such-task");
		assertThat(body(send(HttpMethod.POST, "/api/tasks/" + task.getId() + "/complete", "{\"values\": {",
				MediaType.APPLICATION_JSON), 400)
			.path("detail")
			.asText()).contains("not valid JSON");
		assertThat(body(send(HttpMethod.POST, "/api/tasks/" + task.getId() + "/complete", "outcome=confirm",
				MediaType.TEXT_PLAIN), 415)
			.path("detail")
			.asText()).contains("application/json");
		assertThat(body(send(HttpMethod.POST, "/process-api/runtime/tasks/" + task.getId(), "action=complete",
				MediaType.TEXT_PLAIN), 415)
			.path("detail")
			.asText()).contains("application/json");
		assertThat(body(get("/api/processes/noSuchProcess/start-form"), 404).path("detail").asText())
			.contains("noSuchProcess");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	@Test
	void flowableRestShowsTheFormAndRefusesMisfitsOnEveryCompletionPath() throws Exception {
		Task task = this.bench.openTask("defineWork", Map.of("title", "Bookkeeping"));

		JsonNode formData = body(get("/process-api/form/form-data?taskId=" + task.getId()), 200);
		assertThat(formData.path("formKey").asText()).isEqualTo("defineWork");
		JsonNode properties = formData.path("formProperties");
		assertThat(properties.findValuesAsText("id")).contains("title", "jobCategory", "budgetMin", "cutOffDate");
		JsonNode jobCategory = property(properties, "jobCategory");
		assertThat(jobCategory.path("type").asText()).isEqualTo("enum");
		assertThat(jobCategory.path("required").asBoolean()).isTrue();
		assertThat(jobCategory.path("enumValues").findValuesAsText("id")).contains("emailMarketing", "taxes");
		assertThat(property(properties, "cutOffDate").path("datePattern").asText()).isEqualTo("yyyy-MM-dd");
		assertThat(property(properties, "title").path("value").asText()).isEqualTo("Bookkeeping");

		JsonNode model = body(get("/process-api/runtime/tasks/" + task.getId() + "/form"), 200);
		assertThat(model.path("key").asText()).isEqualTo("defineWork");
		assertThat(model.path("fields").findValuesAsText("id")).contains("title", "liaison");

		Map<String, Object> valid = SampleValues.valid(this.registry.get("defineWork"));
		Map<String, Object> wrong = new LinkedHashMap<>(valid);
		wrong.put("budgetMin", "lots");
		wrong.put("cutOffDate", "31/12/2026");
		JsonNode refused = body(post("/process-api/runtime/tasks/" + task.getId(),
				Map.of("action", "complete", "variables", restVariables(wrong))), 400);
		assertThat(refused.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("budgetMin",
				"cutOffDate");
		assertThat(refused.path("errors").findValuesAsText("reason")).allMatch((reason) -> !reason.isBlank());

		JsonNode refusedForm = body(
				post("/process-api/form/form-data", Map.of("taskId", task.getId(), "properties", List
					.of(Map.of("id", "title", "value", "Bookkeeping"), Map.of("id", "overlapHours", "value", "13")))),
				400);
		assertThat(refusedForm.path("errors").findValuesAsText("field")).contains("overlapHours", "jobCategory");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
		assertThat(this.runtime.getVariables(task.getProcessInstanceId())).containsOnlyKeys("title");

		List<Map<String, String>> textProperties = new ArrayList<>();
		valid.forEach((name, value) -> textProperties.add(Map.of("id", name, "value", value.toString())));
		assertThat(post("/process-api/form/form-data", Map.of("taskId", task.getId(), "properties", textProperties))
			.getStatusCode()
			.value()).isEqualTo(204);
		Map<String, Object> stored = this.runtime.getVariables(task.getProcessInstanceId());
		assertThat(stored.get("budgetMin")).isInstanceOf(java.math.BigDecimal.class);
		assertThat(stored.get("timeCritical")).isEqualTo(true);

		JsonNode late = body(post("/process-api/runtime/tasks/" + task.getId(),
				Map.of("action", "complete", "variables", restVariables(valid))), 409);
		assertThat(late.path("detail").asText()).contains("already completed");
	}

	@Test
	void aProcessWithAStartFormStartsFromItAsTheSignedInUser() throws Exception {
		String processKey = this.bench.startFormProcess("defineWork");
		JsonNode form = body(get("/api/processes/" + processKey + "/start-form"), 200);
		assertThat(form.path("key").asText()).isEqualTo("defineWork");
		assertThat(form.path("fields").findValuesAsText("id")).contains("title", "budgetMin");

		Map<String, Object> values = SampleValues.valid(this.registry.get("defineWork"));
		Map<String, Object> wrong = new LinkedHashMap<>(values);
		wrong.remove("title");
		JsonNode refused = body(post("/api/processes/" + processKey + "/start-form", Map.of("values", wrong)), 400);
		assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("title");

		JsonNode started = body(post("/api/processes/" + processKey + "/start-form", Map.of("values", values)), 201);
		String instance = started.path("processInstanceId").asText();
		assertThat(this.runtime.getVariables(instance)).containsEntry("requestedBy", FormsTestConfiguration.USER)
			.containsEntry("title", values.get("title"));
	}

	@Test
	void randomMisfitsOverHttpAnswer400AndChangeNothing() throws Exception {
		Random random = new Random(7L);
		List<FormDefinition> forms = new ArrayList<>(this.registry.all());
		for (FormDefinition form : forms) {
			Task task = this.bench.openTask(form.key(), Map.of());
			Map<String, Object> before = this.runtime.getVariables(task.getProcessInstanceId());
			List<Breakage> breakages = SampleValues.breakages(form);
			for (int i = 0; i < 40; i++) {
				Breakage breakage = breakages.get(random.nextInt(breakages.size()));
				ResponseEntity<String> response = random.nextBoolean()
						? post("/process-api/runtime/tasks/" + task.getId(),
								Map.of("action", "complete", "variables", restVariables(breakage.values())))
						: post("/api/tasks/" + task.getId() + "/complete", Map.of("values", breakage.values()));
				JsonNode error = body(response, 400);
				assertThat(error.path("errors").findValuesAsText("field")).as(breakage.kind())
					.contains(breakage.field());
				Task now = this.tasks.createTaskQuery().taskId(task.getId()).singleResult();
				assertThat(now).isNotNull();
				assertThat(now.getAssignee()).isNull();
				assertThat(this.runtime.getVariables(task.getProcessInstanceId())).isEqualTo(before);
			}
		}
	}

	@Test
	void ofTwoSimultaneousRestCompletionsOneWinsAndTheOtherGets409() throws Exception {
		FormDefinition form = this.registry.get("confirmCoreWork");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				Task task = this.bench.openTask(form.key(), Map.of());
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<Integer>> attempts = new ArrayList<>();
				for (int contender = 0; contender < 2; contender++) {
					boolean flowable = contender == 0 ^ round % 2 == 0;
					attempts.add(pool.submit(() -> {
						together.await(5, TimeUnit.SECONDS);
						ResponseEntity<String> response = flowable
								? post("/process-api/runtime/tasks/" + task.getId(),
										Map.of("action", "complete", "variables",
												restVariables(SampleValues.valid(form))))
								: post("/api/tasks/" + task.getId() + "/complete", Map.of("outcome", "confirm"));
						return response.getStatusCode().value();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> attempt : attempts) {
					statuses.add(attempt.get(30, TimeUnit.SECONDS));
				}
				assertThat(statuses).as("round " + round).hasSize(2).contains(409).containsAnyOf(200, 204);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<Map<String, Object>> restVariables(Map<String, Object> values) {
		List<Map<String, Object>> variables = new ArrayList<>();
		values.forEach((name, value) -> {
			Map<String, Object> variable = new LinkedHashMap<>();
			variable.put("name", name);
			variable.put("value", value);
			variables.add(variable);
		});
		return variables;
	}

	private JsonNode property(JsonNode properties, String id) {
		for (JsonNode property : properties) {
			if (id.equals(property.path("id").asText())) {
				return property;
			}
		}
		throw new AssertionError("no form property " + id + " in " + properties);
	}

	private ResponseEntity<String> get(String path) {
		return user().getForEntity(path, String.class);
	}

	private ResponseEntity<String> post(String path, Object body) throws Exception {
		return send(HttpMethod.POST, path, this.json.writeValueAsString(body), MediaType.APPLICATION_JSON);
	}

	private ResponseEntity<String> send(HttpMethod method, String path, String body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return user().exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	private JsonNode body(ResponseEntity<String> response, int expectedStatus) throws Exception {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expectedStatus);
		JsonNode body = (response.getBody() != null) ? this.json.readTree(response.getBody()) : this.json.nullNode();
		if (expectedStatus >= 400) {
			// every error of /api and /process-api is an RFC 9457 problem document
			assertThat(response.getHeaders().getContentType()).as(response.getBody())
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body.path("status").asInt()).isEqualTo(expectedStatus);
		}
		return body;
	}

	private TestRestTemplate user() {
		return this.anonymous.withBasicAuth(FormsTestConfiguration.USER, FormsTestConfiguration.PASSWORD);
	}

}
