package org.outsourcing.lifecycle.modeling;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.recruitment.RecruitmentFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' models page: versions with their running engagements, a deployment from the
 * UI that the model rules refuse with each problem, one they accept, a migration check
 * and the download of a deployed model. Nobody else may open it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModelsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Test
	void onlyAdminsOpenThePage() throws Exception {
		this.mvc.perform(get("/operations/models").with(as("owner"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/operations/models/jobAd/1/model").with(as("auditor"))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/operations/models/deployments").file(file("jobAd.bpmn20.xml", new byte[0]))
				.with(csrf())
				.with(as("recruiter")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operations/models")).andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void aModelBreakingTheRulesIsRefusedWithEachProblemAndNothingIsDeployed() throws Exception {
		long deployments = this.repository.createDeploymentQuery().count();
		MvcResult refused = this.mvc
			.perform(multipart("/operations/models/deployments")
				.file(file("jobAd.bpmn20.xml", ModelDeploymentTest.brokenJobAd()))
				.with(csrf())
				.with(as("admin")))
			.andExpect(redirectedUrl("/operations/models"))
			.andReturn();
		assertThat(refused.getFlashMap().get("modelProblems"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(ModelProblem.class))
			.contains(new ModelProblem("jobAd.bpmn20.xml", "approveAd", "user task has no form (flowable:formKey)"));
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void anAdminDeploysSeesTheVersionsChecksAMigrationAndDownloadsTheModel() throws Exception {
		String waiting = this.runtime.startProcessInstanceByKey("jobAd", RecruitmentFixtures.engagement()).getId();
		int original = latest().getVersion();
		String renamed = ModelFiles.model("jobAd").replace("name=\"Write ad\"", "name=\"Write job ad\"");
		this.mvc
			.perform(multipart("/operations/models/deployments")
				.file(file("jobAd.bpmn20.xml", renamed.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(as("admin")))
			.andExpect(redirectedUrl("/operations/models"));
		ProcessDefinition deployed = latest();
		try {
			assertThat(deployed.getVersion()).isEqualTo(original + 1);
			this.mvc.perform(get("/operations/models").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"process-jobAd\"")));
			this.mvc
				.perform(get("/operations/models").param("process", "jobAd")
					.param("from", String.valueOf(original))
					.param("to", String.valueOf(deployed.getVersion()))
					.with(as("admin")))
				.andExpect(content().string(containsString("name: &#39;Write ad&#39; → &#39;Write job ad&#39;")));
			this.mvc
				.perform(post("/operations/models/jobAd/migrations").param("from", String.valueOf(original))
					.param("to", String.valueOf(deployed.getVersion()))
					.param("instances", waiting)
					.param("action", "check")
					.with(csrf())
					.with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("can move")));
			this.mvc.perform(get("/operations/models/jobAd/{version}/model", deployed.getVersion()).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"Write job ad\"")));
		}
		finally {
			this.runtime.deleteProcessInstance(waiting, "test over");
			this.repository.deleteDeployment(deployed.getDeploymentId(), true);
		}
	}

	@Test
	void theDiagramOfAVersionIsShownWithBpmnJsFromItsWebjar() throws Exception {
		int version = latest().getVersion();
		this.mvc.perform(get("/operations/models/jobAd/{version}/diagram", version).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js")))
			.andExpect(content()
				.string(containsString("data-model-url=\"/operations/models/jobAd/" + version + "/model\"")));
		this.mvc.perform(get("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BpmnJS")));
		this.mvc.perform(get("/operations/models/jobAd/{version}/diagram", version).with(as("owner")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/operations/models/jobAd/999/diagram").with(as("admin")))
			.andExpect(status().isNotFound());
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static RequestPostProcessor as(String role) {
		return user(role).authorities(List.of(() -> "GROUP_" + role));
	}

}
