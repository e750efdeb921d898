package org.outsourcing.lifecycle.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.configurator.DefaultAutoDeploymentStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code processes/} and {@code forms/} in Git are the source of truth; a deployment made
 * at run time is a newer version that lives in the database. A restart runs the start-up
 * deployment again (Flowable's duplicate filtering by the deployment name): unchanged
 * files deploy nothing, so the run-time version stays the latest; a changed file deploys
 * all of Git's files anew, which become the latest. The export puts a deployed version
 * back into Git's layout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceOfTruthTest {

	static final String RESTART = "SourceOfTruthTest start-up";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngine engine;

	@Autowired
	SpringProcessEngineConfiguration configuration;

	final List<String> deployments = new ArrayList<>();

	@AfterEach
	void removeDeployments() {
		this.deployments.forEach((id) -> this.repository.deleteDeployment(id, true));
	}

	/**
	 * The start-up deployment's own mechanism (Flowable's auto-deployment strategy, one
	 * deployment named after the configured name, duplicate filtering) run on a part of
	 * Git's files under a name of its own, so the test can remove what it deployed: a
	 * deployment of every file cannot be deleted while a process with a timer start event
	 * computes its start time from the {@code deadlines} bean.
	 */
	@Test
	void aRestartKeepsTheRunTimeVersionUntilAFileInGitChangesThenGitWins() {
		Resource[] git = Arrays.stream(this.configuration.getDeploymentResources())
			.filter((resource) -> name(resource).endsWith("jobAd.bpmn20.xml")
					|| name(resource).endsWith("screening.bpmn20.xml") || name(resource).endsWith(".form"))
			.toArray(Resource[]::new);
		assertThat(git).hasSizeGreaterThan(2);
		ProcessDefinition fromGit = restartWith(git);
		Response uploaded = Uploads.upload(this.port, "admin", ModelDeploymentTest.DEPLOYMENTS, "jobAd.bpmn20.xml",
				renamedJobAd());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String runTime = uploaded.json().path("id").asText();
		this.deployments.add(runTime);
		long before = this.repository.createDeploymentQuery().count();

		restartWith(git);
		assertThat(this.repository.createDeploymentQuery().count()).as("unchanged files deploy nothing")
			.isEqualTo(before);
		assertThat(latestJobAd().getDeploymentId()).isEqualTo(runTime);

		Resource[] changed = Arrays.stream(git)
			.map((resource) -> name(resource).endsWith("screening.bpmn20.xml") ? edited(resource) : resource)
			.toArray(Resource[]::new);
		ProcessDefinition afterChange = restartWith(changed);
		assertThat(afterChange.getDeploymentId()).isNotEqualTo(fromGit.getDeploymentId());
		assertThat(latestJobAd().getDeploymentId()).as("Git's jobAd is the latest again")
			.isEqualTo(afterChange.getDeploymentId());
		assertThat(this.repository.getDeploymentResourceNames(afterChange.getDeploymentId()))
			.anyMatch((name) -> name.endsWith("writeAd.form"));
	}

	@Test
	void theStartUpDeploymentIsNamedAndCarriesGitsFiles() {
		assertThat(this.configuration.getDeploymentName()).isEqualTo("SpringBootAutoDeployment");
		assertThat(Arrays.stream(this.configuration.getDeploymentResources()).map(SourceOfTruthTest::name))
			.anyMatch((name) -> name.endsWith("processes/jobAd.bpmn20.xml"))
			.anyMatch((name) -> name.endsWith("processes/outsourcingPolicy.dmn"))
			.anyMatch((name) -> name.endsWith("forms/writeAd.form"));
	}

	@Test
	void theExportOfAVersionIsWhatGitHolds() throws Exception {
		ProcessDefinition startUp = latestJobAd();
		Map<String, byte[]> exported = unzip(
				download("/api/admin/processes/jobAd/versions/" + startUp.getVersion() + "/deployment"));
		Map<String, byte[]> git = ModelFiles.all();
		assertThat(exported.keySet()).containsAll(git.keySet());
		git.forEach((path, content) -> assertThat(exported.get(path)).as(path).isEqualTo(content));

		Response uploaded = Uploads.upload(this.port, "admin", ModelDeploymentTest.DEPLOYMENTS, "jobAd.bpmn20.xml",
				renamedJobAd());
		this.deployments.add(uploaded.json().path("id").asText());
		assertThat(download("/api/admin/processes/jobAd/versions/" + latestJobAd().getVersion() + "/model"))
			.isEqualTo(renamedJobAd());
	}

	/** Deploys as a start-up does and answers the latest jobAd. */
	private ProcessDefinition restartWith(Resource[] resources) {
		new DefaultAutoDeploymentStrategy().deployResources(RESTART, resources, this.engine);
		this.repository.createDeploymentQuery().deploymentName(RESTART).list().forEach((deployment) -> {
			if (!this.deployments.contains(deployment.getId())) {
				this.deployments.add(deployment.getId());
			}
		});
		return latestJobAd();
	}

	private static String name(Resource resource) {
		try {
			return resource.getFile().getAbsolutePath();
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	/** The same file, under the same name, with a task renamed. */
	private static Resource edited(Resource resource) {
		try {
			String model = resource.getContentAsString(StandardCharsets.UTF_8)
				.replace("name=\"Screen application\"", "name=\"Screen the application\"");
			String name = name(resource);
			return new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
				@Override
				public String getDescription() {
					return name;
				}
			};
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] download(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static Map<String, byte[]> unzip(byte[] bar) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bar))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), zip.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] renamedJobAd() {
		return ModelFiles.model("jobAd")
			.replace("name=\"Write ad\"", "name=\"Write job ad\"")
			.getBytes(StandardCharsets.UTF_8);
	}

	private ProcessDefinition latestJobAd() {
		return latest("jobAd");
	}

	private ProcessDefinition latest(String key) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

}
