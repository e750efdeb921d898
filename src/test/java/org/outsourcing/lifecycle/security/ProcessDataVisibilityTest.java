package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.support.ApiClient;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists on {@code /process-api} are filtered to what the caller may see: tasks, historic
 * tasks, process instances and their history. Nothing is merely refused here; the point
 * is that the answer holds no row of someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessDataVisibilityTest {

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	Engagement first;

	Engagement second;

	@BeforeAll
	void twoEngagements() {
		this.first = this.fixture.start("contractor", "Newsletter for the first applicant",
				"first.client@acme.example");
		this.second = this.fixture.start("contractor2", "Bookkeeping for the second applicant",
				"second.client@acme.example");
	}

	@Test
	void eachRoleListsOnlyTheTasksOfItsGroupOrAssignedToIt() {
		assertThat(taskNames("owner")).contains("Review work")
			.doesNotContain("Screen application", "Draft contract", "Submit work");
		assertThat(taskNames("recruiter")).contains("Screen application")
			.doesNotContain("Review work", "Draft contract", "Submit work");
		assertThat(taskNames("finance")).isEmpty();
		assertThat(taskIds("contractor")).containsExactly(this.first.contractorTask());
		assertThat(taskIds("contractor2")).containsExactly(this.second.contractorTask());
		assertThat(taskIds("admin")).contains(this.first.contractorTask(), this.second.contractorTask(),
				this.first.ownerTask(), this.second.legalTask());
	}

	@Test
	void theTaskQueryEndpointIsFilteredToo() {
		Response response = api("recruiter").post("/process-api/query/tasks?size=1000", "{}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(names(response.data())).contains("Screen application").doesNotContain("Review work");
		// Asking for another group's tasks does not widen the restriction.
		Response widened = api("recruiter").post("/process-api/query/tasks?size=1000",
				"{\"candidateGroup\": \"owner\"}");
		assertThat(widened.status()).isEqualTo(200);
		assertThat(widened.data()).isEmpty();
		Response involved = api("contractor").post("/process-api/query/tasks?size=1000",
				"{\"involvedGroups\": [\"owner\", \"contractor\"]}");
		assertThat(ids(involved.data())).doesNotContain(this.second.contractorTask(), this.first.ownerTask());
	}

	@Test
	void historicTasksAreFilteredAndAuditorsSeeThemAll() {
		List<String> legal = names(api("legal").get("/process-api/history/historic-task-instances?size=1000").data());
		assertThat(legal).contains("Draft contract").doesNotContain("Review work", "Submit work");
		List<String> auditor = names(
				api("auditor").get("/process-api/history/historic-task-instances?size=1000").data());
		assertThat(auditor).contains("Draft contract", "Review work", "Submit work", "Screen application");
		Response query = api("owner").post("/process-api/query/historic-task-instances?size=1000", "{}");
		assertThat(names(query.data())).contains("Review work").doesNotContain("Draft contract");
	}

	@Test
	void processInstancesAreThoseTheUserTakesPartIn() {
		assertThat(ids(api("owner").get("/process-api/runtime/process-instances?size=1000").data()))
			.contains(this.first.processInstanceId(), this.second.processInstanceId());
		assertThat(ids(api("finance").get("/process-api/runtime/process-instances?size=1000").data())).isEmpty();
		assertThat(ids(api("contractor").get("/process-api/runtime/process-instances?size=1000").data()))
			.contains(this.first.processInstanceId())
			.doesNotContain(this.second.processInstanceId());
		assertThat(ids(api("finance").get("/process-api/history/historic-process-instances?size=1000").data()))
			.isEmpty();
		assertThat(ids(api("auditor").get("/process-api/history/historic-process-instances?size=1000").data()))
			.contains(this.first.processInstanceId(), this.second.processInstanceId());
	}

	@Test
	void historyRowsOfOthersAreNotFoundOrRefused() {
		String instance = "/process-api/history/historic-process-instances/" + this.first.processInstanceId();
		assertThat(api("finance").get(instance).status()).isEqualTo(404);
		assertThat(api("owner").get(instance).status()).isEqualTo(200);
		String variables = "/process-api/history/historic-variable-instances?processInstanceId="
				+ this.first.processInstanceId();
		assertThat(api("finance").get(variables).status()).isEqualTo(404);
		assertThat(api("owner").get(variables).body()).contains("first.client@acme.example");
		// Without naming a process instance the list cannot be filtered: refused, not
		// leaked.
		assertThat(api("owner").get("/process-api/history/historic-variable-instances").status()).isEqualTo(403);
		assertThat(api("auditor").get("/process-api/history/historic-variable-instances?size=1000").body())
			.contains("first.client@acme.example", "second.client@acme.example");
		String activities = "/process-api/history/historic-activity-instances?processInstanceId="
				+ this.second.processInstanceId();
		assertThat(api("finance").get(activities).status()).isEqualTo(404);
		assertThat(api("legal").get(activities).status()).isEqualTo(200);
	}

	@Test
	void someoneElsesTaskLooksLikeNoTaskAtAll() {
		Response foreign = api("finance").get("/process-api/runtime/tasks/" + this.first.ownerTask());
		Response missing = api("finance").get("/process-api/runtime/tasks/no-such-task");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("Review work");
		assertThat(api("finance").get("/process-api/runtime/tasks/" + this.first.ownerTask() + "/variables").status())
			.isEqualTo(404);
		assertThat(api("owner").get("/process-api/runtime/tasks/" + this.first.ownerTask() + "/variables").body())
			.contains("first.client@acme.example");
	}

	@Test
	void theEngineKnowsWhoCallsTheApi() {
		Response started = api("owner").post("/process-api/runtime/process-instances",
				"{\"processDefinitionKey\": \"securityTest\", \"variables\": "
						+ "[{\"name\": \"contractorUserId\", \"value\": \"contractor\"}]}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().path("startUserId").asText()).isEqualTo("owner");
		String processInstanceId = started.json().path("id").asText();
		String legalTask = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("draftContract")
			.singleResult()
			.getId();

		Response completed = api("legal").post("/process-api/runtime/tasks/" + legalTask, "{\"action\": \"complete\"}");

		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(legalTask).singleResult().getAssignee())
			.as("the candidate who completed it")
			.isEqualTo("legal");
		assertThat(this.history.getHistoricIdentityLinksForProcessInstance(processInstanceId))
			.anySatisfy((link) -> assertThat(link.getUserId()).isEqualTo("legal"));
	}

	private List<String> taskNames(String user) {
		Response response = api(user).get("/process-api/runtime/tasks?size=1000");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return names(response.data());
	}

	private List<String> taskIds(String user) {
		Response response = api(user).get("/process-api/runtime/tasks?size=1000");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return ids(response.data()).stream()
			.filter((id) -> id.equals(this.first.contractorTask()) || id.equals(this.second.contractorTask())
					|| id.equals(this.first.ownerTask()) || id.equals(this.second.legalTask()))
			.toList();
	}

	private ApiClient api(String user) {
		return new ApiClient(this.port, user, "demo");
	}

	static List<String> names(JsonNode rows) {
		List<String> names = new ArrayList<>();
		rows.forEach((row) -> names.add(row.path("name").asText()));
		return names;
	}

	static List<String> ids(JsonNode rows) {
		List<String> ids = new ArrayList<>();
		rows.forEach((row) -> ids.add(row.path("id").asText()));
		return ids;
	}

}
