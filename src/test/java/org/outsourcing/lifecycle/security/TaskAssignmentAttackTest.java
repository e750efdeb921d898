package org.outsourcing.lifecycle.security;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, items 3 and 4: staff handed tasks to anyone (an interviewer gave an interview
 * to the candidate, who scored themselves), changed a task's name, form and due date, and
 * a contractor who once held a company task still completed it after it was taken back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class TaskAssignmentAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	TaskService tasks;

	@Test
	void aCompanyTaskIsNeverHandedToAContractor() {
		Engagement engagement = this.fixture.start("contractor", "Hand over", "hand@acme.example");
		String task = "/process-api/runtime/tasks/" + engagement.recruiterTask();
		assertStatus(as("recruiter").put(task, "{\"assignee\": \"contractor\"}"), 403);
		assertStatus(as("recruiter").post(task, "{\"action\": \"delegate\", \"assignee\": \"contractor\"}"), 403);
		assertStatus(as("admin").put(task, "{\"assignee\": \"contractor\"}"), 403);
		assertThat(task(engagement.recruiterTask()).getAssignee()).isNull();
		assertThat(task(engagement.recruiterTask()).getDelegationState()).isNull();
	}

	@Test
	void aTaskGoesOnlyToSomeoneWhoMayWorkOnIt() {
		Engagement engagement = this.fixture.start("contractor", "Pass on", "pass@acme.example");
		String task = "/process-api/runtime/tasks/" + engagement.recruiterTask();
		assertStatus(as("recruiter").put(task, "{\"assignee\": \"finance\"}"), 403);
		assertStatus(as("recruiter").post(task, "{\"action\": \"delegate\", \"assignee\": \"owner\"}"), 403);
		assertStatus(as("recruiter").put(task, "{\"assignee\": \"nobody-at-all\"}"), 403);
		assertThat(task(engagement.recruiterTask()).getAssignee()).isNull();
		assertStatus(as("recruiter").put(task, "{\"assignee\": \"recruiter\"}"), 200);
		assertThat(task(engagement.recruiterTask()).getAssignee()).isEqualTo("recruiter");
		// a contractor's own task has no one else to go to
		assertStatus(as("admin").put("/process-api/runtime/tasks/" + engagement.contractorTask(),
				"{\"assignee\": \"contractor2\"}"), 403);
		assertThat(task(engagement.contractorTask()).getAssignee()).isEqualTo("contractor");
	}

	@Test
	void nameFormKeyDueDateAndOwnerAreForAdmins() {
		Engagement engagement = this.fixture.start("contractor", "Task details", "details@acme.example");
		String task = "/process-api/runtime/tasks/" + engagement.recruiterTask();
		assertStatus(as("recruiter").put(task, "{\"name\": \"Nothing to do\"}"), 403);
		assertStatus(as("recruiter").put(task, "{\"formKey\": \"confirmCoreWork\"}"), 403);
		assertStatus(as("recruiter").put(task, "{\"dueDate\": \"2099-01-01T00:00:00Z\"}"), 403);
		assertStatus(as("recruiter").put(task, "{\"owner\": \"contractor\"}"), 403);
		assertThat(task(engagement.recruiterTask()).getName()).isEqualTo("Screen application");
		assertThat(task(engagement.recruiterTask()).getOwner()).isNull();
		assertStatus(as("admin").put(task, "{\"name\": \"Screen application (urgent)\"}"), 200);
		assertThat(task(engagement.recruiterTask()).getName()).isEqualTo("Screen application (urgent)");
	}

	@Test
	void pastInvolvementGrantsReadingNeverActing() {
		Engagement engagement = this.fixture.start("contractor", "Taken back", "back@acme.example");
		String ownerTask = engagement.ownerTask();
		// handed to the contractor by mistake, then taken back
		this.tasks.setAssignee(ownerTask, "contractor");
		this.tasks.unclaim(ownerTask);
		Response form = as("contractor").get("/api/tasks/" + ownerTask + "/form");
		assertStatus(form, 404);
		assertThat(form.body()).doesNotContain("Taken back");
		assertStatus(as("contractor").post("/api/tasks/" + ownerTask + "/complete",
				"{\"values\": {\"title\": \"Mine now\"}, \"outcome\": \"approve\"}"), 404);
		assertThat(task(ownerTask)).isNotNull();
		assertThat(task(ownerTask).getAssignee()).isNull();
	}

	private Task task(String id) {
		return this.tasks.createTaskQuery().taskId(id).singleResult();
	}

	private static void assertStatus(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	private ApiClient as(String user) {
		return new ApiClient(this.port, user, "demo");
	}

}
