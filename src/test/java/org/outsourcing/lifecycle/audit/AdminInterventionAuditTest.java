package org.outsourcing.lifecycle.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes made through /process-api outside any task are recorded with who made them, in
 * the transaction of the change. The filter is driven with the engine calls the REST
 * resources make, as an administrator signed in through Spring Security.
 */
@SpringBootTest
class AdminInterventionAuditTest {

	@Autowired
	@Qualifier("adminInterventionAudit")
	FilterRegistrationBean<AdminInterventionFilter> registration;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	private ProcessInstance stage;

	@BeforeEach
	void startStageAsAdmin() {
		this.stage = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(AuditTrailProcessTest.definition("none", false, true))
			.start();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
					AuthorityUtils.createAuthorityList("admin")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theFilterGuardsTheEngineRestApi() {
		assertThat(this.registration.getUrlPatterns()).containsExactly("/process-api/*");
	}

	@Test
	void deletingAProcessInstanceIsRecordedWithWhoAndWhat() throws Exception {
		String id = this.stage.getId();
		MockHttpServletResponse response = send(request("DELETE", "/process-api/runtime/process-instances/" + id),
				(req, res) -> {
					this.runtime.deleteProcessInstance(id, "duplicate request");
					((HttpServletResponse) res).setStatus(204);
				});

		assertThat(response.getStatus()).isEqualTo(204);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
		List<AuditEntry> entries = this.trail.entriesOf(id);
		AuditEntry last = entries.get(entries.size() - 1);
		assertThat(last.type()).isEqualTo(AuditEntryType.ADMIN_INTERVENTION);
		assertThat(last.actor()).isEqualTo("admin");
		assertThat(last.processDefinitionKey()).isEqualTo("defineWork");
		assertThat(last.details().get("intervention").asText()).isEqualTo("PROCESS_INSTANCE_DELETION");
		assertThat(last.details().get("method").asText()).isEqualTo("DELETE");
		assertThat(last.details().get("path").asText()).isEqualTo("/process-api/runtime/process-instances/" + id);
		assertThat(last.details().get("responseStatus").asInt()).isEqualTo(204);
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo(AuditEntryType.PROCESS_CANCELLED);
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.details().get("cause").asText()).isEqualTo("duplicate request");
		});
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void deletingHistoryIsRecordedUnderTheEngagementItErased() throws Exception {
		String id = this.stage.getId();
		this.runtime.deleteProcessInstance(id, "withdrawn");

		send(request("DELETE", "/process-api/history/historic-process-instances/" + id), (req, res) -> {
			this.history.deleteHistoricProcessInstance(id);
			((HttpServletResponse) res).setStatus(204);
		});

		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(id).count()).isZero();
		List<AuditEntry> entries = this.trail.entriesOf(id);
		AuditEntry last = entries.get(entries.size() - 1);
		assertThat(last.details().get("intervention").asText()).isEqualTo("HISTORY_DELETION");
		assertThat(last.actor()).isEqualTo("admin");
		assertThat(last.processDefinitionKey()).isEqualTo("defineWork");
	}

	@Test
	void deletingADeploymentIsRecordedWithTheProcessesItHeld() throws Exception {
		String deployment = this.repository.createDeployment()
			.disableBpmnValidation()
			.addClasspathResource("audit/assignedTask.bpmn20.xml")
			.deploy()
			.getId();
		long before = this.trail.lastSequence();

		send(request("DELETE", "/process-api/repository/deployments/" + deployment), (req, res) -> {
			this.repository.deleteDeployment(deployment, true);
			((HttpServletResponse) res).setStatus(204);
		});

		assertThat(this.trail.entriesAfter(before, 10)).singleElement().satisfies((entry) -> {
			assertThat(entry.type()).isEqualTo(AuditEntryType.ADMIN_INTERVENTION);
			assertThat(entry.engagementId()).isNull();
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.details().get("intervention").asText()).isEqualTo("DEPLOYMENT_DELETION");
			assertThat(entry.details().get("deploymentId").asText()).isEqualTo(deployment);
			assertThat(entry.details().get("processDefinitionKeys")).hasToString("[\"auditAssignedTask\"]");
		});
	}

	@Test
	void aFailedInterventionLeavesNeitherTheChangeNorAnEntry() throws Exception {
		String id = this.stage.getId();
		int before = this.trail.entriesOf(id).size();

		MockHttpServletResponse response = send(request("DELETE", "/process-api/runtime/process-instances/" + id),
				(req, res) -> {
					this.runtime.deleteProcessInstance(id, "half done");
					((HttpServletResponse) res).setStatus(500);
				});

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(id).count()).isOne();
		assertThat(this.trail.entriesOf(id)).hasSize(before);
	}

	@Test
	void aVariableChangedOutsideATaskIsRecordedWithTheSubmittedValue() throws Exception {
		String id = this.stage.getId();
		MockHttpServletRequest request = request("PUT",
				"/process-api/runtime/process-instances/" + id + "/variables/defineWorkSla");
		request.setContent(
				"{\"name\":\"defineWorkSla\",\"type\":\"string\",\"value\":\"P10D\"}".getBytes(StandardCharsets.UTF_8));
		send(request, (req, res) -> {
			req.getInputStream().readAllBytes();
			this.runtime.setVariable(id, "defineWorkSla", "P10D");
			((HttpServletResponse) res).setStatus(200);
		});

		List<AuditEntry> entries = this.trail.entriesOf(id);
		AuditEntry last = entries.get(entries.size() - 1);
		assertThat(last.type()).isEqualTo(AuditEntryType.ADMIN_INTERVENTION);
		assertThat(last.details().get("intervention").asText()).isEqualTo("VARIABLE_CHANGE");
		assertThat(last.details().get("requestBody").asText()).contains("\"value\":\"P10D\"");
	}

	@Test
	void completingATaskThroughTheApiIsLeftToTheEngineEvents() throws Exception {
		String id = this.stage.getId();
		int before = this.trail.entriesOf(id).size();

		send(request("GET", "/process-api/runtime/process-instances/" + id), (req, res) -> {
		});
		send(request("POST", "/process-api/runtime/tasks/some-task"), (req, res) -> {
		});

		assertThat(this.trail.entriesOf(id)).hasSize(before);
	}

	private static MockHttpServletRequest request(String method, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.setContentType("application/json");
		return request;
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.registration.getFilter().doFilter(request, response, chain);
		return response;
	}

}
