package org.outsourcing.lifecycle.modeling;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way in deploys only models that keep the rules: Flowable's REST API, the Java API
 * and the start-up deployment (same deployment name, duplicate filtering) refuse a broken
 * model with each problem by element id, and nothing of it is deployed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelDeploymentTest {

	static final String DEPLOYMENTS = "/process-api/repository/deployments";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Test
	void aJobAdWithAnUnfinishedTaskIsRefusedThroughTheRestApi() {
		ProcessDefinition before = latestJobAd();
		long deployments = this.repository.createDeploymentQuery().count();
		Response response = Uploads.upload(this.port, "admin", DEPLOYMENTS, "jobAd.bpmn20.xml", brokenJobAd());
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		JsonNode problems = response.json().path("problems");
		assertThat(problems.findValuesAsText("elementId")).hasSize(7).containsOnly("approveAd");
		assertThat(problems.findValuesAsText("message")).contains("user task has no form (flowable:formKey)",
				"user task has no deadline (a timer boundary event on it)");
		assertThat(problems.findValuesAsText("resource")).containsOnly("jobAd.bpmn20.xml");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(latestJobAd().getId()).isEqualTo(before.getId());
	}

	@Test
	void theJavaApiAndTheStartUpDeploymentRefuseItToo() {
		long deployments = this.repository.createDeploymentQuery().count();
		assertThatThrownBy(() -> this.repository.createDeployment()
			.name("SpringBootAutoDeployment")
			.enableDuplicateFiltering()
			.addBytes("jobAd.bpmn20.xml", brokenJobAd())
			.deploy()).isInstanceOf(ModelValidationException.class)
			.hasMessageContaining("jobAd.bpmn20.xml, approveAd: user task has no form");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void aDelegateNamingABeanOutsideTheExpressionAllowListIsRefused() {
		long deployments = this.repository.createDeploymentQuery().count();
		String reachingIdentity = ModelFiles.model("jobAd")
			.replace("flowable:delegateExpression=\"${publishAd}\"",
					"flowable:delegateExpression=\"${idmIdentityService}\"");
		assertThat(reachingIdentity).contains("${idmIdentityService}");
		Response response = Uploads.upload(this.port, "admin", DEPLOYMENTS, "jobAd.bpmn20.xml",
				reachingIdentity.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("problems").findValuesAsText("message")).contains(
				"delegate expression '${idmIdentityService}' names no bean that models may use (the engine's expression allow-list)");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void aModelThatKeepsTheRulesIsDeployedThroughTheRestApi() {
		String renamed = ModelFiles.model("jobAd").replace("name=\"Write ad\"", "name=\"Write job ad\"");
		Response response = Uploads.upload(this.port, "admin", DEPLOYMENTS, "jobAd.bpmn20.xml",
				renamed.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String deploymentId = response.json().path("id").asText();
		try {
			assertThat(latestJobAd().getDeploymentId()).isEqualTo(deploymentId);
		}
		finally {
			this.repository.deleteDeployment(deploymentId, true);
		}
	}

	static byte[] brokenJobAd() {
		return ModelFiles.withInProcess(ModelFiles.model("jobAd"), "<userTask id=\"approveAd\" name=\"Approve ad\"/>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private ProcessDefinition latestJobAd() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

}
