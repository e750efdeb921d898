package org.outsourcing.lifecycle.modeling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hot redeploy in development: a model changed in a working copy's {@code processes/} is
 * deployed without a restart; one that breaks the rules deploys nothing and names its
 * problems; fixed, it deploys. On only in the default profile, unless set explicitly.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModelHotRedeployTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	RepositoryService repository;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path workingCopy;

	@Test
	void aChangedModelIsDeployedABrokenOneIsNotAndOnceFixedItIs() throws IOException {
		Path model = Files.createDirectories(this.workingCopy.resolve("processes")).resolve("jobAd.bpmn20.xml");
		Files.createDirectories(this.workingCopy.resolve("forms"));
		Files.writeString(model, ModelFiles.model("jobAd"));
		int before = latest().getVersion();
		ModelHotRedeploy hot = new ModelHotRedeploy(this.repository, this.workingCopy, Duration.ofMillis(100));
		hot.start();
		try {
			Files.writeString(model, ModelFiles.model("jobAd").replace("name=\"Write ad\"", "name=\"Write job ad\""));
			await(() -> latest().getVersion() == before + 1);
			assertThat(deploymentName(latest())).isEqualTo(ModelHotRedeploy.DEPLOYMENT_NAME);
			assertThat(this.repository.getBpmnModel(latest().getId()).getFlowElement("writeAd").getName())
				.isEqualTo("Write job ad");

			long attempts = hot.attempts();
			Files.write(model, EditedJobAd.drawn());
			await(() -> hot.attempts() > attempts);
			assertThat(hot.lastProblems()).extracting(ModelProblem::elementId).contains("approveAd");
			assertThat(latest().getVersion()).isEqualTo(before + 1);

			Files.write(model, EditedJobAd.completed());
			await(() -> latest().getVersion() == before + 2);
			assertThat(hot.lastProblems()).isEmpty();
			assertThat(this.repository.getBpmnModel(latest().getId()).getFlowElement("approveAd")).isNotNull();
			assertThat(new String(
					this.repository.getResourceAsStream(latest().getDeploymentId(), "processes/jobAd.bpmn20.xml")
						.readAllBytes(),
					StandardCharsets.UTF_8))
				.contains("approveAd");
		}
		finally {
			hot.stop();
			this.repository.createDeploymentQuery()
				.deploymentName(ModelHotRedeploy.DEPLOYMENT_NAME)
				.list()
				.forEach((deployment) -> this.repository.deleteDeployment(deployment.getId(), true));
		}
		assertThat(latest().getVersion()).isEqualTo(before);
	}

	@Test
	void onlyTheDefaultProfileRedeploysUnlessToldOtherwise() {
		assertThat(ModelHotRedeployConfiguration.wanted(new MockEnvironment())).isTrue();
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThat(ModelHotRedeployConfiguration.wanted(production)).isFalse();
		MockEnvironment tests = new MockEnvironment();
		tests.setActiveProfiles("test");
		assertThat(ModelHotRedeployConfiguration.wanted(tests)).isFalse();
		assertThat(
				ModelHotRedeployConfiguration.wanted(tests.withProperty(ModelHotRedeployConfiguration.ENABLED, "true")))
			.isTrue();
		assertThat(ModelHotRedeployConfiguration
			.wanted(new MockEnvironment().withProperty(ModelHotRedeployConfiguration.ENABLED, "false"))).isFalse();
		assertThat(this.context.getBeansOfType(ModelHotRedeploy.class)).as("off in the tests").isEmpty();
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

	private String deploymentName(ProcessDefinition definition) {
		return this.repository.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult()
			.getName();
	}

	/** Polls until the condition holds; fails after {@link #PATIENCE}. */
	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited %s for the redeployment", PATIENCE).isBefore(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
