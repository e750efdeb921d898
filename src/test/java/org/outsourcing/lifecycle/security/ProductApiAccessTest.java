package org.outsourcing.lifecycle.security;

import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's own API ({@code /api}) keeps the same rules as {@code /process-api}:
 * tasks only for those who may work on them, the audit story only for those who account
 * for it, nothing written by auditors, engagements started only by owners.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductApiAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	ProcessInstance engagement;

	String ownerTask;

	@BeforeEach
	void coreWorkWaitsForTheOwner() {
		Map<String, Object> definition = DefineWorkProcessTest.definition("none", false, true);
		this.engagement = this.runtime.startProcessInstanceByKey("outsourcingEngagement", definition);
		this.ownerTask = this.tasks.createTaskQuery()
			.processInstanceIdWithChildren(this.engagement.getId())
			.taskDefinitionKey("confirmCoreWork")
			.singleResult()
			.getId();
	}

	@Test
	void aTaskFormIsOnlyForThoseWhoMayWorkOnIt() {
		assertThat(as("owner").get("/api/tasks/" + this.ownerTask + "/form").status()).isEqualTo(200);
		Response contractor = as("contractor").get("/api/tasks/" + this.ownerTask + "/form");
		assertThat(contractor.status()).isEqualTo(404);
		assertThat(contractor.body()).doesNotContain("Bookkeeping").doesNotContain("confirmCoreWork");
		assertThat(as("recruiter")
			.post("/api/tasks/" + this.ownerTask + "/complete", "{\"values\": {}, \"outcome\": \"withdraw\"}")
			.status()).isEqualTo(404);
		assertThat(as("auditor")
			.post("/api/tasks/" + this.ownerTask + "/complete", "{\"values\": {}, \"outcome\": \"withdraw\"}")
			.status()).isEqualTo(403);
		assertThat(this.tasks.createTaskQuery().taskId(this.ownerTask).singleResult()).isNotNull();
	}

	@Test
	void theAuditStoryIsForAuditorsOwnersAndAdmins() {
		String audit = "/api/engagements/" + this.engagement.getId() + "/audit";
		assertThat(as("auditor").get(audit).status()).isEqualTo(200);
		assertThat(as("owner").get(audit).status()).isEqualTo(200);
		assertThat(as("contractor").get(audit).status()).isEqualTo(403);
		assertThat(as("recruiter").get(audit).status()).isEqualTo(403);
		assertThat(as("contractor").get("/api/kpis").status()).isEqualTo(403);
		assertThat(as("auditor").get("/api/audit/verify").status()).isEqualTo(200);
		assertThat(ApiClient.anonymous(this.port).get(audit).status()).isEqualTo(401);
	}

	@Test
	void onlyOwnersStartEngagementsAndContractorsGiveNoticeOnlyForThemselves() {
		String startForm = "/api/processes/outsourcingEngagement/start-form";
		assertThat(as("contractor").post(startForm, "{\"values\": {\"title\": \"Anything\"}}").status()).isEqualTo(403);
		assertThat(as("recruiter").post(startForm, "{\"values\": {\"title\": \"Anything\"}}").status()).isEqualTo(403);
		Response notice = as("contractor2").post("/api/engagements/" + this.engagement.getId() + "/notice",
				"{\"givenBy\": \"contractor\", \"reason\": \"Leaving\"}");
		assertThat(notice.status()).isEqualTo(404);
		assertThat(as("recruiter")
			.post("/api/engagements/" + this.engagement.getId() + "/notice",
					"{\"givenBy\": \"company\", \"reason\": \"Leaving\"}")
			.status()).isEqualTo(403);
	}

	private ApiClient as(String user) {
		return new ApiClient(this.port, user, "demo");
	}

}
