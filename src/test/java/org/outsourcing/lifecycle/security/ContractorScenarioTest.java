package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.support.ApiClient;
import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant walks every {@code /process-api} endpoint a contractor can reach, finishes
 * their task, and never sees the other applicant's engagement nor a variable that is not
 * shared with contractors (the client's contact, the budget).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class ContractorScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	Engagement mine;

	Engagement theirs;

	final List<Response> seen = new ArrayList<>();

	@BeforeEach
	void twoApplicants() {
		this.mine = this.fixture.start("contractor", "Newsletter by applicant one", "mine.client@acme.example");
		this.theirs = this.fixture.start("contractor2", "Bookkeeping by applicant two", "theirs.client@acme.example");
	}

	@Test
	void aContractorSeesOnlyTheirOwnTaskAndItsSharedDataThenCompletesIt() {
		String task = "/process-api/runtime/tasks/" + this.mine.contractorTask();
		String engagement = "/process-api/runtime/process-instances/" + this.mine.processInstanceId();

		assertThat(ProcessDataVisibilityTest.ids(ok(get("/process-api/runtime/tasks?size=1000")).data()))
			.containsExactly(this.mine.contractorTask());
		assertThat(ProcessDataVisibilityTest.ids(ok(post("/process-api/query/tasks?size=1000", "{}")).data()))
			.containsExactly(this.mine.contractorTask());
		assertThat(ok(get(task)).json().path("name").asText()).isEqualTo("Submit work");
		assertThat(ok(get(task + "/variables")).body()).contains("Newsletter by applicant one", "deliverables");
		assertThat(ok(get(task + "/variables/title")).body()).contains("Newsletter by applicant one");
		assertThat(get(task + "/variables/clientContactEmail").status()).isEqualTo(404);
		assertThat(get(task + "/variables/budgetMax").status()).isEqualTo(404);
		assertThat(ProcessDataVisibilityTest.ids(ok(get("/process-api/runtime/process-instances?size=1000")).data()))
			.contains(this.mine.processInstanceId())
			.doesNotContain(this.theirs.processInstanceId());
		assertThat(
				ProcessDataVisibilityTest.ids(ok(post("/process-api/query/process-instances?size=1000", "{}")).data()))
			.doesNotContain(this.theirs.processInstanceId());
		assertThat(ok(get(engagement)).body()).contains(this.mine.processInstanceId());
		assertThat(ok(get(engagement + "/variables")).body()).contains("Newsletter by applicant one");
		assertThat(ok(get(engagement + "/variables/deliverables")).body()).contains("Deliverables of");
		assertThat(get(engagement + "/variables/clientContactEmail").status()).isEqualTo(404);

		// Probing the other applicant answers as if nothing were there.
		String theirTask = "/process-api/runtime/tasks/" + this.theirs.contractorTask();
		String theirEngagement = "/process-api/runtime/process-instances/" + this.theirs.processInstanceId();
		assertThat(get(theirTask).status()).isEqualTo(404);
		assertThat(get(theirTask + "/variables").status()).isEqualTo(404);
		assertThat(get(theirTask + "/variables/title").status()).isEqualTo(404);
		assertThat(get(theirEngagement).status()).isEqualTo(404);
		assertThat(get(theirEngagement + "/variables").status()).isEqualTo(404);
		assertThat(post(theirTask, "{\"action\": \"claim\", \"assignee\": \"contractor\"}").status()).isEqualTo(404);
		assertThat(post("/process-api/query/tasks", "{\"processInstanceId\": \"" + this.theirs.processInstanceId()
				+ "\", \"includeProcessVariables\": false}")
			.data()).isEmpty();
		// Variable conditions would let a contractor guess hidden values: refused.
		assertThat(post("/process-api/query/tasks",
				"{\"processInstanceVariables\": [{\"name\": \"clientContactEmail\", \"value\": \"%acme%\", "
						+ "\"operation\": \"like\"}]}")
			.status()).isEqualTo(403);

		// Writing a field that is not on their form is refused, and changes nothing.
		assertThat(post(task,
				"{\"action\": \"complete\", \"variables\": [{\"name\": \"clientContactEmail\", \"value\": \"x@y\"}]}")
			.status()).isEqualTo(403);
		assertThat(this.runtime.getVariable(this.mine.processInstanceId(), "clientContactEmail"))
			.isEqualTo("mine.client@acme.example");

		ok(post(task, "{\"action\": \"complete\", \"variables\": [{\"name\": \"confirmationNote\", "
				+ "\"value\": \"Done as agreed\"}, {\"name\": \"form_confirmCoreWork_outcome\", \"value\": \"confirm\"}]}"));
		HistoricTaskInstance done = this.history.createHistoricTaskInstanceQuery()
			.taskId(this.mine.contractorTask())
			.singleResult();
		assertThat(done.getEndTime()).isNotNull();
		assertThat(done.getAssignee()).isEqualTo("contractor");
		assertThat(this.runtime.getVariable(this.mine.processInstanceId(), "confirmationNote"))
			.isEqualTo("Done as agreed");
		assertThat(get(task).status()).isEqualTo(404);
		assertThat(ok(get("/process-api/runtime/tasks")).data()).isEmpty();

		// Refusals echo the id or name asked for; what was answered must hold nothing
		// else.
		for (Response response : this.seen.stream().filter((seen) -> seen.status() < 300).toList()) {
			assertThat(response.body()).doesNotContain("applicant two", "theirs.client", "mine.client",
					this.theirs.processInstanceId(), this.theirs.contractorTask(), "budgetMax", this.mine.ownerTask());
		}
	}

	@Test
	void theOtherApplicantSeesOnlyTheirsToo() {
		ApiClient other = new ApiClient(this.port, "contractor2", "demo");
		Response tasks = other.get("/process-api/runtime/tasks?size=1000");
		assertThat(ProcessDataVisibilityTest.ids(tasks.data())).contains(this.theirs.contractorTask())
			.doesNotContain(this.mine.contractorTask(), this.mine.ownerTask(), this.theirs.ownerTask());
		Response variables = other.get("/process-api/runtime/tasks/" + this.theirs.contractorTask() + "/variables");
		assertThat(variables.body()).contains("applicant two").doesNotContain("theirs.client", "applicant one");
	}

	private Response ok(Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 204);
		return response;
	}

	private Response get(String path) {
		return remember(new ApiClient(this.port, "contractor", "demo").get(path));
	}

	private Response post(String path, String json) {
		return remember(new ApiClient(this.port, "contractor", "demo").post(path, json));
	}

	private Response remember(Response response) {
		this.seen.add(response);
		return response;
	}

}
