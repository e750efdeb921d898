package org.outsourcing.lifecycle.modeling;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.dmn.api.DmnDecision;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.form.model.FormField;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.recruitment.RecruitmentFixtures;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deployment carries its forms: the start-up deployment holds the models, the DMN
 * tables and the forms; a {@code .bar} uploaded through Flowable's REST API brings a
 * changed form without a rebuild; a task keeps the form of the deployment it was created
 * in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeploymentFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	DmnRepositoryService decisions;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	FormRegistry forms;

	String uploaded;

	@AfterEach
	void removeUpload() {
		if (this.uploaded != null) {
			this.repository.deleteDeployment(this.uploaded, true);
		}
	}

	@Test
	void theStartUpDeploymentCarriesModelsDecisionsAndForms() {
		ProcessDefinition jobAd = latest("jobAd");
		assertThat(this.repository.getDeploymentResourceNames(jobAd.getDeploymentId()))
			.anyMatch((name) -> name.endsWith("jobAd.bpmn20.xml"))
			.anyMatch((name) -> name.endsWith("writeAd.form"))
			.anyMatch((name) -> name.endsWith("outsourcingPolicy.dmn"))
			.as("no PNG drawn at deployment: the product draws its diagrams itself")
			.noneMatch((name) -> name.endsWith(".png"));
		assertThat(jobAd.getDiagramResourceName()).isNull();
		DmnDecision policy = this.decisions.createDecisionQuery()
			.decisionKey("outsourcingAllowed")
			.latestVersion()
			.singleResult();
		assertThat(this.decisions.createDeploymentQuery()
			.deploymentId(policy.getDeploymentId())
			.singleResult()
			.getParentDeploymentId()).isEqualTo(jobAd.getDeploymentId());
	}

	@Test
	void aBarBringsAChangedFormAndEachTaskKeepsTheFormItWasCreatedWith() {
		String before = this.runtime.startProcessInstanceByKey("jobAd", RecruitmentFixtures.engagement()).getId();
		String form = new String(ModelFiles.all().get("forms/writeAd.form"), StandardCharsets.UTF_8)
			.replace("\"fields\": [", "\"fields\": [\n    { \"id\": \"adChannel\", \"name\": \"Where to post the ad\", "
					+ "\"type\": \"text\", \"required\": true },");
		Map<String, byte[]> bundle = new LinkedHashMap<>();
		bundle.put("processes/jobAd.bpmn20.xml", ModelFiles.all().get("processes/jobAd.bpmn20.xml"));
		bundle.put("forms/writeAd.form", form.getBytes(StandardCharsets.UTF_8));
		Response response = Uploads.upload(this.port, "admin", ModelDeploymentTest.DEPLOYMENTS, "jobAd.bar",
				Uploads.bar(bundle));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		this.uploaded = response.json().path("id").asText();
		String after = this.runtime.startProcessInstanceByKey("jobAd", RecruitmentFixtures.engagement()).getId();

		assertThat(fieldsOf(this.engine.task(before, "writeAd"))).doesNotContain("adChannel");
		assertThat(fieldsOf(this.engine.task(after, "writeAd"))).contains("adChannel");
		assertThatThrownBy(() -> this.engine.complete(after, "writeAd", "recruiter", RecruitmentFixtures.ad()))
			.isInstanceOf(FormValidationException.class)
			.hasMessageContaining("adChannel");
		Map<String, Object> withChannel = new HashMap<>(RecruitmentFixtures.ad());
		withChannel.put("adChannel", "Newsletter job board");
		this.engine.complete(after, "writeAd", "recruiter", withChannel);
		this.engine.complete(before, "writeAd", "recruiter", RecruitmentFixtures.ad());
		assertThat(this.engine.openTaskKeys(before)).doesNotContain("writeAd");
		assertThat(this.engine.openTaskKeys(after)).doesNotContain("writeAd");
	}

	private List<String> fieldsOf(Task task) {
		return this.forms.get(task.getProcessDefinitionId(), task.getFormKey())
			.fields()
			.stream()
			.map(FormField::getId)
			.toList();
	}

	private ProcessDefinition latest(String key) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

}
