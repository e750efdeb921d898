package org.outsourcing.lifecycle.security;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 2: the variable routes of {@code /process-api} let staff write any
 * variable of a task they see, in the process scope, bypassing the forms (a recruiter
 * renamed the engagement, an interviewer pointed their interview at another candidate).
 * Values enter a process only through its forms; the raw routes are admin-only, and what
 * an admin writes there is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class VariableWriteAttackTest {

	private static final String RETITLE = "[{\"name\": \"title\", \"value\": \"Renamed\", \"scope\": \"global\"}]";

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail trail;

	@Test
	void staffCannotWriteVariablesThroughTheirTask() {
		Engagement engagement = this.fixture.start("contractor", "Raw variables", "raw@acme.example");
		String variables = "/process-api/runtime/tasks/" + engagement.recruiterTask() + "/variables";
		assertStatus(as("recruiter").put(variables, RETITLE), 403);
		assertStatus(as("recruiter").post(variables, RETITLE), 403);
		assertStatus(as("recruiter").put(variables + "/title",
				"{\"name\": \"title\", \"value\": \"Renamed\", \"scope\": \"global\"}"), 403);
		assertStatus(as("recruiter").delete(variables + "/title?scope=global"), 403);
		assertStatus(as("owner").post("/process-api/runtime/tasks/" + engagement.ownerTask() + "/variables",
				"[{\"name\": \"applicationId\", \"value\": \"someone-else\", \"scope\": \"local\"}]"), 403);
		assertThat(this.runtime.getVariable(engagement.processInstanceId(), "title")).isEqualTo("Raw variables");
		assertThat(this.runtime.hasVariable(engagement.processInstanceId(), "applicationId")).isFalse();
	}

	@Test
	void anAdminStillCorrectsAVariable() {
		Engagement engagement = this.fixture.start("contractor", "Admin correction", "fix@acme.example");
		Response response = as("admin").put(
				"/process-api/runtime/tasks/" + engagement.recruiterTask() + "/variables/title",
				"{\"name\": \"title\", \"value\": \"Renamed\", \"scope\": \"global\"}");
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		assertThat(this.runtime.getVariable(engagement.processInstanceId(), "title")).isEqualTo("Renamed");
		assertThat(this.trail.entriesOf(engagement.processInstanceId())).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo(AuditEntryType.ADMIN_INTERVENTION);
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.details().get("intervention").asText()).isEqualTo("VARIABLE_CHANGE");
		});
	}

	private static void assertStatus(Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	private ApiClient as(String user) {
		return new ApiClient(this.port, user, "demo");
	}

}
