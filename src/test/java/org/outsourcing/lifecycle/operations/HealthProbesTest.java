package org.outsourcing.lifecycle.operations;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes a load balancer or Kubernetes asks: readiness follows the database and the
 * job executor, liveness the executor; both answer without a login. The backup endpoint
 * is the admin's and refuses a database it cannot back up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "flowable.async-executor-activate=true")
class HealthProbesTest {

	@LocalServerPort
	int port;

	@Autowired
	HealthEndpointGroups groups;

	@Autowired
	ProcessEngineConfiguration engine;

	@Test
	void readinessFollowsTheDatabaseAndTheExecutorLivenessTheExecutor() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("asyncExecutor")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("asyncExecutor")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).as("a database outage is no reason to restart")
			.isFalse();

		assertThat(probe("/actuator/health/readiness")).isEqualTo(200);
		assertThat(probe("/actuator/health/liveness")).isEqualTo(200);

		AsyncExecutor executor = this.engine.getAsyncExecutor();
		executor.shutdown();
		try {
			assertThat(probe("/actuator/health/readiness")).isEqualTo(503);
			assertThat(probe("/actuator/health/liveness")).isEqualTo(503);
		}
		finally {
			executor.start();
		}
		assertThat(probe("/actuator/health/readiness")).isEqualTo(200);
		assertThat(probe("/actuator/health/liveness")).isEqualTo(200);
	}

	@Test
	void onlyTheAdminBacksUpAndOnlyADatabaseOnDisk() {
		assertThat(new ApiClient(this.port, "owner", "demo").post("/api/admin/backup", "{}").status()).isEqualTo(403);
		Response inMemory = new ApiClient(this.port, "admin", "demo").post("/api/admin/backup", "{}");
		assertThat(inMemory.status()).isEqualTo(409);
		assertThat(inMemory.json().path("detail").asText()).contains("pg_dump");
	}

	private int probe(String path) {
		Response response = ApiClient.anonymous(this.port).get(path);
		assertThat(response.body()).contains("\"status\"");
		return response.status();
	}

}
