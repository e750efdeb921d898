package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.support.ApiClient;
import java.util.Map;
import java.util.stream.Stream;

import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles against endpoints: who gets 401 (no or wrong credentials), 403 (the role never
 * may), 404 (someone else's task or engagement, answered like a missing one) and 200.
 * None of the cases changes anything, so they run in any order against two engagements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessApiAccessMatrixTest {

	private static final String CLAIM_FOR_RECRUITER = "{\"action\": \"claim\", \"assignee\": \"recruiter\"}";

	private static final String CLAIM_FOR_AUDITOR = "{\"action\": \"claim\", \"assignee\": \"auditor\"}";

	private static final String COMPLETE = "{\"action\": \"complete\"}";

	private static final String SET_VARIABLE = "[{\"name\": \"budgetMax\", \"value\": 1}]";

	private static final String SET_ONE_VARIABLE = "{\"name\": \"budgetMax\", \"value\": 1}";

	private static final String DELEGATE_TO_CONTRACTOR = "{\"action\": \"delegate\", \"assignee\": \"contractor\"}";

	private static final String START = "{\"processDefinitionKey\": \"securityTest\", \"variables\": "
			+ "[{\"name\": \"contractorUserId\", \"value\": \"contractor\"}]}";

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	RepositoryService repository;

	Map<String, String> ids;

	@BeforeAll
	void twoEngagements() {
		Engagement first = this.fixture.start("contractor", "Matrix newsletter", "matrix.first@acme.example");
		Engagement second = this.fixture.start("contractor2", "Matrix bookkeeping", "matrix.second@acme.example");
		String deployment = this.repository.createDeploymentQuery()
			.deploymentName(SecurityFixture.PROCESS)
			.singleResult()
			.getId();
		this.ids = Map.of("{pi1}", first.processInstanceId(), "{pi2}", second.processInstanceId(), "{ct1}",
				first.contractorTask(), "{ct2}", second.contractorTask(), "{ot1}", first.ownerTask(), "{ot2}",
				second.ownerTask(), "{lt1}", first.legalTask(), "{deployment}", deployment);
	}

	Stream<Case> cases() {
		return Stream.of(
				// No or wrong credentials
				new Case(null, "GET", "/process-api/runtime/tasks", null, 401),
				new Case(null, "GET", "/process-api/repository/process-definitions", null, 401),
				new Case(null, "POST", "/process-api/query/tasks", "{}", 401),
				new Case(null, "GET", "/api/engagements", null, 401),
				new Case(null, "GET", "/external-job-api/jobs", null, 401),
				new Case("nobody", "GET", "/process-api/runtime/tasks", null, 401),
				// Management is for admins
				new Case("owner", "GET", "/process-api/management/jobs", null, 403),
				new Case("owner", "GET", "/process-api/management/deadletter-jobs", null, 403),
				new Case("owner", "GET", "/process-api/management/timer-jobs", null, 403),
				new Case("owner", "POST", "/process-api/repository/deployments", "{}", 403),
				new Case("owner", "DELETE", "/process-api/repository/deployments/{deployment}", null, 403),
				new Case("owner", "DELETE", "/process-api/runtime/process-instances/{pi1}", null, 403),
				new Case("owner", "POST", "/process-api/runtime/process-instances/{pi1}/migrate", "{}", 403),
				new Case("owner", "PUT", "/process-api/runtime/process-instances/{pi1}/variables", SET_VARIABLE, 403),
				new Case("owner", "GET", "/process-api/identity/users", null, 403),
				new Case("owner", "POST", "/process-api/identity/users", "{\"id\": \"mallory\"}", 403),
				new Case("recruiter", "GET", "/process-api/runtime/executions", null, 403),
				new Case("recruiter", "POST", "/process-api/runtime/process-instances", START, 403),
				new Case("owner", "GET", "/api/admin/users", null, 403),
				new Case("owner", "GET", "/external-job-api/jobs", null, 403),
				// Deployed models, their versions and migrations are for admins
				new Case(null, "GET", "/api/admin/processes", null, 401),
				new Case("owner", "GET", "/api/admin/processes", null, 403),
				new Case("auditor", "GET", "/api/admin/processes/jobAd/versions", null, 403),
				new Case("recruiter", "GET", "/api/admin/processes/jobAd/difference?from=1&to=2", null, 403),
				new Case("owner", "POST", "/api/admin/processes/jobAd/migrations/validation", "{}", 403),
				new Case("owner", "POST", "/api/admin/processes/jobAd/migrations", "{}", 403),
				new Case(null, "POST", "/api/admin/processes/jobAd/migrations", "{}", 401),
				new Case("contractor", "GET", "/api/admin/processes/jobAd/versions/1/model", null, 403),
				new Case("owner", "GET", "/api/admin/processes/jobAd/versions/1/deployment", null, 403),
				// The in-app modeler's calls (also mapped under /operations/models for
				// the page)
				new Case(null, "POST", "/api/admin/processes/jobAd/model/validation", "{}", 401),
				new Case("owner", "POST", "/api/admin/processes/jobAd/model/validation", "{}", 403),
				new Case("auditor", "POST", "/api/admin/processes/jobAd/model/changes?version=1", "{}", 403),
				new Case("recruiter", "POST", "/api/admin/processes/jobAd/model", "{}", 403),
				new Case("contractor", "POST", "/api/admin/processes/jobAd/model", "{}", 403),
				new Case("admin", "POST", "/api/admin/processes/jobAd/model/validation", "{}", 200),
				new Case("admin", "POST", "/api/admin/processes/jobAd/model/changes?version=1", "{}", 400),
				new Case("admin", "POST", "/api/admin/processes/jobAd/model", "{}", 400),
				// Personal API tokens: each member their own, admins everyone's
				new Case(null, "GET", "/api/tokens", null, 401),
				new Case(null, "POST", "/api/tokens", "{\"name\": \"x\"}", 401),
				new Case(null, "DELETE", "/api/tokens/0123456789abcdef", null, 401),
				new Case("auditor", "GET", "/api/tokens", null, 200),
				new Case("contractor", "GET", "/api/tokens", null, 200),
				new Case("owner", "POST", "/api/tokens", "{\"name\": \"\"}", 400),
				new Case("recruiter", "DELETE", "/api/tokens/0123456789abcdef", null, 404),
				new Case(null, "GET", "/api/admin/tokens", null, 401),
				new Case("owner", "GET", "/api/admin/tokens", null, 403),
				new Case("auditor", "GET", "/api/admin/tokens", null, 403),
				new Case("admin", "GET", "/api/admin/tokens", null, 200),
				new Case("admin", "GET", "/api/admin/processes", null, 200),
				new Case("admin", "GET", "/api/admin/processes/jobAd/versions", null, 200),
				new Case("admin", "GET", "/process-api/management/jobs", null, 200),
				new Case("admin", "GET", "/process-api/management/deadletter-jobs", null, 200),
				new Case("admin", "GET", "/process-api/identity/users", null, 200),
				new Case("admin", "GET", "/process-api/identity/groups", null, 200),
				new Case("admin", "GET", "/process-api/repository/deployments", null, 200),
				new Case("admin", "GET", "/process-api/runtime/process-instances/{pi1}/variables", null, 200),
				// Auditors read history, never write
				new Case("auditor", "GET", "/process-api/history/historic-process-instances", null, 200),
				new Case("auditor", "GET", "/process-api/history/historic-task-instances", null, 200),
				new Case("auditor", "POST", "/process-api/query/historic-task-instances", "{}", 200),
				new Case("auditor", "GET", "/process-api/history/historic-variable-instances", null, 200),
				new Case("auditor", "GET", "/process-api/repository/process-definitions", null, 200),
				new Case("auditor", "GET", "/process-api/runtime/tasks", null, 403),
				new Case("auditor", "POST", "/process-api/runtime/tasks/{ot1}", CLAIM_FOR_AUDITOR, 403),
				new Case("auditor", "POST", "/process-api/runtime/tasks/{ot1}", COMPLETE, 403),
				new Case("auditor", "PUT", "/process-api/runtime/process-instances/{pi1}/variables", SET_VARIABLE, 403),
				new Case("auditor", "DELETE", "/process-api/history/historic-process-instances/{pi1}", null, 403),
				new Case("auditor", "POST", "/process-api/runtime/process-instances", START, 403),
				new Case("auditor", "POST", "/process-api/repository/deployments", "{}", 403),
				// Contractors: their own task and engagement only
				new Case("contractor", "GET", "/process-api/runtime/tasks", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct2}", null, 404),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ot1}", null, 404),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}/variables", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct2}/variables", null, 404),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}/variables/title", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}/variables/clientContactEmail", null,
						404),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}/variables/title/data", null, 403),
				new Case("contractor", "POST", "/process-api/runtime/tasks/{ct1}/variables", SET_VARIABLE, 403),
				new Case("contractor", "POST", "/process-api/runtime/tasks/{ct2}", COMPLETE, 404),
				new Case("contractor", "POST", "/process-api/query/tasks", "{\"includeProcessVariables\": true}", 403),
				new Case("contractor", "GET", "/process-api/runtime/process-instances/{pi1}", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/process-instances/{pi2}", null, 404),
				new Case("contractor", "GET", "/process-api/runtime/process-instances/{pi1}/variables", null, 200),
				new Case("contractor", "GET", "/process-api/runtime/process-instances/{pi2}/variables", null, 404),
				new Case("contractor", "GET", "/process-api/history/historic-task-instances", null, 403),
				new Case("contractor", "GET", "/process-api/history/historic-variable-instances", null, 403),
				new Case("contractor", "GET", "/process-api/runtime/variable-instances", null, 403),
				new Case("contractor", "GET", "/process-api/form/form-data?taskId={ct1}", null, 403),
				new Case("contractor", "GET", "/process-api/repository/process-definitions", null, 403),
				new Case("contractor", "GET", "/process-api/runtime/tasks/{ct1}/identitylinks", null, 403),
				// Staff: the tasks of their groups and the engagements they take part in
				new Case("owner", "GET", "/process-api/runtime/tasks/{ot1}", null, 200),
				new Case("owner", "GET", "/process-api/runtime/tasks/{ot1}/variables", null, 200),
				new Case("finance", "GET", "/process-api/runtime/tasks/{ot1}", null, 404),
				new Case("finance", "GET", "/process-api/runtime/tasks/{ot1}/variables/budgetMax", null, 404),
				new Case("recruiter", "POST", "/process-api/runtime/tasks/{ot1}", CLAIM_FOR_RECRUITER, 404),
				new Case("owner", "POST", "/process-api/runtime/tasks/{ot2}", CLAIM_FOR_RECRUITER, 403),
				new Case("owner", "GET", "/process-api/runtime/process-instances/{pi1}/variables", null, 200),
				new Case("finance", "GET", "/process-api/runtime/process-instances/{pi1}", null, 404),
				new Case("finance", "GET", "/process-api/runtime/process-instances/{pi1}/variables", null, 404),
				new Case("finance", "GET", "/process-api/runtime/process-instances/{pi1}/variables/clientContactEmail",
						null, 404),
				new Case("owner", "GET", "/process-api/repository/process-definitions", null, 200),
				new Case("legal", "GET", "/process-api/runtime/tasks/{lt1}/identitylinks", null, 200),
				new Case("finance", "GET", "/process-api/history/historic-task-instances/{ot1}", null, 404),
				new Case("owner", "GET", "/process-api/history/historic-task-instances/{ot1}", null, 200),
				new Case("finance", "GET", "/process-api/history/historic-process-instances/{pi1}/identitylinks", null,
						404),
				new Case("owner", "GET", "/process-api/runtime/activity-instances", null, 403),
				// Issue 11: anonymous callers first, whatever the method or path
				new Case(null, "POST", "/api/tasks/{ot1}/complete", "{}", 401),
				new Case(null, "POST", "/api/no-such-route", "{}", 401),
				new Case(null, "PUT", "/process-api/runtime/tasks/{ot1}", "{}", 401),
				new Case(null, "GET", "/process-api/no-such-route", null, 401),
				// raw variable writes are for admins, also on one's own task
				new Case("owner", "POST", "/process-api/runtime/tasks/{ot1}/variables", SET_VARIABLE, 403),
				new Case("owner", "PUT", "/process-api/runtime/tasks/{ot1}/variables/budgetMax", SET_ONE_VARIABLE, 403),
				new Case("owner", "DELETE", "/process-api/runtime/tasks/{ot1}/variables/budgetMax", null, 403),
				new Case("legal", "POST", "/process-api/runtime/tasks/{lt1}/variables", SET_VARIABLE, 403),
				// a task goes only to those who may work on it; its details are the
				// model's
				new Case("owner", "PUT", "/process-api/runtime/tasks/{ot1}", "{\"assignee\": \"contractor\"}", 403),
				new Case("owner", "PUT", "/process-api/runtime/tasks/{ot1}", "{\"assignee\": \"legal\"}", 403),
				new Case("owner", "POST", "/process-api/runtime/tasks/{ot1}", DELEGATE_TO_CONTRACTOR, 403),
				new Case("admin", "POST", "/process-api/runtime/tasks/{ot1}", DELEGATE_TO_CONTRACTOR, 403),
				new Case("owner", "PUT", "/process-api/runtime/tasks/{ot1}", "{\"name\": \"Renamed\"}", 403),
				new Case("owner", "PUT", "/process-api/runtime/tasks/{ot1}", "{\"dueDate\": null}", 403),
				// management tables order only by their own columns
				new Case("admin", "GET", "/process-api/management/tables/ACT_ID_USER/data?orderAscendingColumn=X%28%29",
						null, 400),
				new Case("admin", "GET", "/process-api/management/tables/ACT_ID_USER/data?orderAscendingColumn=ID_",
						null, 200),
				new Case("owner", "GET", "/process-api/management/tables/ACT_ID_USER/data", null, 403),
				// the careers page and the one-time password links are public; posting
				// needs the CSRF token of a page (without one: back to the login, nothing
				// done); the rest of the UI still asks anonymous visitors to sign in
				new Case(null, "GET", "/careers", null, 200),
				new Case(null, "GET", "/careers/no-such-engagement", null, 404),
				new Case(null, "POST", "/careers/{pi1}/apply", "{}", 302),
				new Case(null, "GET", "/account/password?token=made-up", null, 410),
				new Case(null, "POST", "/account/password", "{}", 302),
				new Case("contractor", "GET", "/careers", null, 200), new Case(null, "GET", "/engagements", null, 302),
				// people are managed by admins in the UI (roles: web.PeoplePageTest)
				new Case(null, "GET", "/operations/users", null, 302),
				new Case(null, "POST", "/operations/users/admin/unlock", "{}", 302),
				new Case(null, "POST", "/operations/users/admin/password-link", "{}", 302),
				new Case(null, "GET", "/operations/users/admin", null, 302),
				new Case(null, "POST", "/operations/users/admin", "{}", 302),
				new Case(null, "POST", "/operations/users/admin/disable", "{}", 302),
				new Case(null, "POST", "/operations/users/admin/enable", "{}", 302),
				new Case(null, "POST", "/operations/users/admin/groups", "{}", 302),
				new Case(null, "POST", "/operations/users/admin/groups/admin/remove", "{}", 302),
				new Case(null, "GET", "/my/work", null, 302),
				// the signed contract: its contractor and the company's readers
				// (engagement.ContractDocumentTest); these engagements have none
				new Case(null, "GET", "/api/engagements/{pi1}/contract", null, 401),
				new Case(null, "GET", "/engagements/{pi1}/contract.pdf", null, 302),
				new Case("recruiter", "GET", "/api/engagements/{pi1}/contract", null, 403),
				new Case("it", "GET", "/api/engagements/{pi1}/contract", null, 403),
				new Case("contractor", "GET", "/api/engagements/{pi1}/contract", null, 404),
				new Case("contractor2", "GET", "/api/engagements/{pi1}/contract", null, 404),
				new Case("owner", "GET", "/api/engagements/no-such-engagement/contract", null, 404),
				new Case("auditor", "GET", "/api/engagements/no-such-engagement/contract", null, 404),
				// an engagement's comment thread: who may see the engagement; its
				// contractor (contractorUserId) reads what is meant for them
				// (engagement.EngagementCommentsTest)
				new Case(null, "GET", "/api/engagements/{pi1}/comments", null, 401),
				new Case(null, "POST", "/api/engagements/{pi1}/comments", "{\"text\": \"x\"}", 401),
				new Case("owner", "GET", "/api/engagements/{pi1}/comments", null, 200),
				new Case("auditor", "GET", "/api/engagements/{pi1}/comments", null, 200),
				new Case("contractor", "GET", "/api/engagements/{pi1}/comments", null, 200),
				new Case("contractor2", "GET", "/api/engagements/{pi1}/comments", null, 404),
				new Case("contractor2", "POST", "/api/engagements/{pi1}/comments", "{\"text\": \"x\"}", 404),
				new Case("auditor", "POST", "/api/engagements/{pi1}/comments", "{\"text\": \"x\"}", 403),
				new Case("owner", "POST", "/api/engagements/{pi1}/comments", "{\"text\": \"\"}", 400),
				new Case("owner", "POST", "/api/engagements/no-such-engagement/comments", "{\"text\": \"x\"}", 404),
				new Case(null, "POST", "/engagements/{pi1}/comments", "{}", 302),
				new Case(null, "POST", "/my/work/{pi1}/comments", "{}", 302),
				// what is new for me: one's own only (engagement.InAppNotificationsTest);
				// auditors mark their own read too
				new Case(null, "GET", "/api/notifications", null, 401),
				new Case(null, "POST", "/api/notifications/read", null, 401),
				new Case(null, "POST", "/api/notifications/1/read", null, 401),
				new Case("contractor", "GET", "/api/notifications", null, 200),
				new Case("auditor", "GET", "/api/notifications", null, 200),
				new Case("auditor", "POST", "/api/notifications/999999999/read", null, 404),
				new Case("owner", "POST", "/api/notifications/999999999/read", null, 404),
				new Case("owner", "POST", "/api/notifications/not-a-number/read", null, 400),
				new Case(null, "GET", "/notifications", null, 302),
				new Case(null, "POST", "/notifications/read", "{}", 302),
				// accounts follow the password policy
				new Case("admin", "POST", "/process-api/identity/users",
						"{\"id\": \"matrix.user\", \"password\": \"a\"}", 400));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void roleMeetsEndpoint(Case endpoint) {
		String path = endpoint.path();
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
		}
		ApiClient api = (endpoint.user() != null) ? new ApiClient(this.port, endpoint.user(), "demo")
				: ApiClient.anonymous(this.port);
		Response response = api.send(endpoint.method(), path, endpoint.body());
		assertThat(response.status()).as("%s %s %s: %s", endpoint.user(), endpoint.method(), path, response.body())
			.isEqualTo(endpoint.status());
		if (endpoint.status() == 404) {
			assertThat(response.body()).as("a 404 tells nothing of the task or engagement")
				.doesNotContain("Matrix", "acme.example");
		}
	}

	record Case(String user, String method, String path, String body, int status) {

		@Override
		public String toString() {
			return ((this.user != null) ? this.user : "anonymous") + " " + this.method + " " + this.path + " -> "
					+ this.status;
		}

	}

}
