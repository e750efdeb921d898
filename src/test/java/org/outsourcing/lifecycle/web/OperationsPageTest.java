package org.outsourcing.lifecycle.web;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' operations page lists a dead-letter job with its error, and its retry
 * button gives the job new tries and writes the intervention to the audit trail. Other
 * roles are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	AuditTrail trail;

	Deployment deployment;

	@BeforeEach
	void deploy() {
		this.deployment = this.repository.createDeployment()
			.addClasspathResource("web/failingJob.bpmn20.xml")
			.disableBpmnValidation()
			.deploy();
	}

	@AfterEach
	void undeploy() {
		this.repository.deleteDeployment(this.deployment.getId(), true);
	}

	@Test
	void anAdminSeesADeadLetterJobAndRetriesIt() throws Exception {
		String processInstanceId = this.runtime.startProcessInstanceByKey("uiFailingJob").getId();
		Job job = this.management.createJobQuery().processInstanceId(processInstanceId).singleResult();
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasMessageContaining("reportServer");
		this.management.moveJobToDeadLetterJob(job.getId());

		this.mvc.perform(get("/operations").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Send report")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("reportServer")));
		this.mvc.perform(get("/operations").with(user("owner").authorities(() -> "GROUP_owner")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/operations/jobs/{id}/retry", job.getId()).with(csrf())
				.with(user("owner").authorities(() -> "GROUP_owner")))
			.andExpect(status().isForbidden());
		assertThat(this.management.createDeadLetterJobQuery().jobId(job.getId()).count()).isEqualTo(1);

		this.mvc
			.perform(post("/operations/jobs/{id}/retry", job.getId()).with(csrf())
				.with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(redirectedUrl("/operations"));

		assertThat(this.management.createDeadLetterJobQuery().jobId(job.getId()).count()).isZero();
		Job retried = this.management.createJobQuery().jobId(job.getId()).singleResult();
		assertThat(retried.getRetries()).isEqualTo(Operations.RETRIES);
		AuditEntry intervention = this.trail.entriesOf(processInstanceId)
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.ADMIN_INTERVENTION)
			.findFirst()
			.orElseThrow();
		assertThat(intervention.actor()).isEqualTo("admin");
		assertThat(intervention.details().path("jobId").asText()).isEqualTo(job.getId());
		assertThat(intervention.details().path("action").asText()).isEqualTo("retry job");
	}

}
