package org.outsourcing.lifecycle.modeling;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The in-app modeler's server side with a real edit of {@code jobAd}: a user task added
 * as just drawn is refused with its problems by its id (validation and deployment alike,
 * nothing deployed), the changes against the deployed version name it, and once completed
 * it deploys as the next version through the validating path, audited. Admins only, and
 * the page's calls need the CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModelEditorTest {

	private static final String EDITOR = "/operations/models/jobAd/editor";

	@Autowired
	MockMvc mvc;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuditTrail audit;

	@Autowired
	ObjectMapper json;

	@Test
	void theEditorPageLoadsTheModelerFromItsWebjarWithTheFlowableNamespace() throws Exception {
		int version = latest().getVersion();
		this.mvc.perform(get("/operations/models/jobAd/{version}/editor", version).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/webjars/bpmn-js/8.0.0/dist/bpmn-modeler.production.min.js")))
			.andExpect(content().string(containsString("/js/flowable-moddle.js")))
			.andExpect(content()
				.string(containsString("data-model-url=\"/operations/models/jobAd/" + version + "/model\"")))
			.andExpect(content().string(containsString("data-csrf-token=")));
		this.mvc.perform(get("/webjars/bpmn-js/8.0.0/dist/bpmn-modeler.production.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/operations/models/jobAd/999/editor").with(as("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/operations/models/jobAd/{version}/editor", version).with(as("owner")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTaskJustDrawnIsReportedByItsIdAndChangesNameIt() throws Exception {
		this.mvc.perform(model(EDITOR + "/validation", EditedJobAd.drawn()).with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[?(@.elementId == 'approveAd')].message").value(org.hamcrest.Matchers
				.hasItems("user task has no form (flowable:formKey)", "user task has no due date (flowable:dueDate)",
						"user task has no deadline (a timer boundary event on it)",
						"user task has no candidate group, candidate user or assignee")));
		this.mvc.perform(model(EDITOR + "/validation", EditedJobAd.completed()).with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty());

		String changes = this.mvc
			.perform(model(EDITOR + "/changes?version=" + latest().getVersion(), EditedJobAd.drawn()).with(csrf())
				.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode list = this.json.readTree(changes);
		assertThat(list.findValuesAsText("elementId")).contains("approveAd", "toApproveAd", "toAdReadyJoin");
		assertThat(list.toString()).contains("\"kind\":\"ADDED\",\"elementId\":\"approveAd\"")
			.contains("from: 'writeAd' → 'approveAd'");
	}

	@Test
	void aTaskJustDrawnIsNotDeployedOnceCompletedItIsTheNextVersionAndAudited() throws Exception {
		ProcessDefinition before = latest();
		long deployments = this.repository.createDeploymentQuery().count();
		this.mvc.perform(model(EDITOR + "/deployment", EditedJobAd.drawn()).with(csrf()).with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].elementId").value("approveAd"));
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);

		long sequence = this.audit.lastSequence();
		this.mvc.perform(model(EDITOR + "/deployment", EditedJobAd.completed()).with(csrf()).with(as("admin")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.processKey").value("jobAd"))
			.andExpect(jsonPath("$.version").value(before.getVersion() + 1))
			.andExpect(jsonPath("$.latest").value(true));
		ProcessDefinition deployed = latest();
		try {
			assertThat(deployed.getVersion()).isEqualTo(before.getVersion() + 1);
			assertThat(this.repository.getBpmnModel(deployed.getId()).getFlowElement("approveAd")).isNotNull();
			List<AuditEntry> entries = this.audit.entriesAfter(sequence, 100)
				.stream()
				.filter((entry) -> entry.type() == AuditEntryType.MODEL_DEPLOYED)
				.toList();
			assertThat(entries).singleElement().satisfies((entry) -> {
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.details().path("deploymentId").asText()).isEqualTo(deployed.getDeploymentId());
				assertThat(entry.details().path("processVersions").path("jobAd").asInt())
					.isEqualTo(deployed.getVersion());
			});
		}
		finally {
			this.repository.deleteDeployment(deployed.getDeploymentId(), true);
		}
	}

	@Test
	void anEditedModelMustHoldTheProcessItOpenedAndTheCallsNeedAnAdminAndTheToken() throws Exception {
		byte[] renamedProcess = new String(EditedJobAd.completed(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("<process id=\"jobAd\"", "<process id=\"jobAdvert\"")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		long deployments = this.repository.createDeploymentQuery().count();
		this.mvc.perform(model(EDITOR + "/deployment", renamedProcess).with(csrf()).with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("holds no process with the id 'jobAd'")));
		this.mvc.perform(model(EDITOR + "/deployment", "<definitions".getBytes()).with(csrf()).with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("model: not readable as BPMN")));
		this.mvc.perform(model(EDITOR + "/changes?version=1", new byte[0]).with(csrf()).with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("model: send the BPMN file")));
		// without the page's token the session counts as expired: back to the login page
		this.mvc.perform(model(EDITOR + "/deployment", EditedJobAd.completed()).with(as("admin")))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(model(EDITOR + "/validation", EditedJobAd.completed()).with(csrf()).with(as("owner")))
			.andExpect(status().isForbidden());
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	private static MockHttpServletRequestBuilder model(String path, byte[] xml) {
		return post(path).contentType(MediaType.APPLICATION_XML).content(xml);
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

	private static RequestPostProcessor as(String role) {
		return user(role).authorities(List.of(() -> "GROUP_" + role));
	}

}
