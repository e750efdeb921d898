package org.outsourcing.lifecycle.security;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditExport;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 8 (accounts): passwords {@code ""} and {@code "a"} were accepted,
 * creating a user echoed its BCrypt hash, ids such as {@code =cmd|x} were accepted and
 * landed unquoted in the audit CSV, and a user in no group was treated as company staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class AccountAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	AuditExport export;

	@ParameterizedTest
	@ValueSource(strings = { "", "a", "demo", "elevenchars", "weakpassword", "Password1234", "qwertyuiop123" })
	void weakPasswordsAreRefused(String password) {
		Response created = admin().post("/process-api/identity/users",
				"{\"id\": \"weakpassword\", \"firstName\": \"Weak\", \"email\": \"weak@example.com\", \"password\": \""
						+ password + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(400);
		assertThat(created.body()).contains("password");
		assertThat(this.identity.createUserQuery().userId("weakpassword").count()).isZero();
	}

	@Test
	void aPasswordChangeFollowsThePolicyToo() {
		String id = "changing.password";
		assertThat(admin().post("/process-api/identity/users", user(id, "a long and unusual phrase")).status())
			.isEqualTo(201);
		Response weak = admin().put("/process-api/identity/users/" + id, "{\"password\": \"short\"}");
		assertThat(weak.status()).as(weak.body()).isEqualTo(400);
		assertThat(this.identity.checkPassword(id, "a long and unusual phrase")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "=cmd|x", "Mallory", "a b", "+sum", "@import", "-minus", "x,y", "<script>" })
	void userIdsAreLowerCaseLettersDigitsAndDotsDashesUnderscores(String id) throws Exception {
		Response created = admin().post("/process-api/identity/users",
				new ObjectMapper().writeValueAsString(java.util.Map.of("id", id, "firstName", "X", "email",
						"x@example.com", "password", "a long and unusual phrase")));
		assertThat(created.status()).as(created.body()).isEqualTo(400);
		assertThat(this.identity.createUserQuery().userId(id).count()).isZero();
	}

	@Test
	void creatingAUserNeverEchoesItsHash() {
		Response created = admin().post("/process-api/identity/users", user("new.hire-1", "a long and unusual phrase"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("$2a$").doesNotContain("$2b$");
		assertThat(created.json().path("password").isNull() || created.json().path("password").isMissingNode())
			.as(created.body())
			.isTrue();
		Response read = admin().get("/process-api/identity/users/new.hire-1");
		assertThat(read.body()).doesNotContain("$2a$").doesNotContain("$2b$");
	}

	@Test
	void aUserInNoGroupSeesNothing() {
		if (this.identity.createUserQuery().userId("loner").count() == 0) {
			User loner = this.identity.newUser("loner");
			loner.setPassword("demo");
			this.identity.saveUser(loner);
		}
		ApiClient loner = new ApiClient(this.port, "loner", "demo");
		for (String path : List.of("/process-api/runtime/tasks", "/process-api/runtime/process-instances",
				"/process-api/repository/process-definitions", "/process-api/history/historic-process-instances",
				"/api/engagements")) {
			Response response = loner.get(path);
			assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(403);
		}
	}

	@Test
	void theAuditCsvNeverHoldsAFormula() {
		AuditEntry entry = new AuditEntry(1, 1, "engagement-1", Instant.parse("2026-01-01T00:00:00Z"),
				AuditEntryType.values()[0], "=cmd|' /C calc'!A0", "pi", "+process", "@activity", "-name",
				new ObjectMapper().createObjectNode(), null, "hash");
		String csv = this.export.csv(List.of(entry));
		String row = csv.lines().skip(1).findFirst().orElseThrow();
		assertThat(row).contains("\"'=cmd|' /C calc'!A0\"", "\"'+process\"", "\"'@activity\"", "\"'-name\"");
		assertThat(row.split(",")).noneMatch(
				(cell) -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@") || cell.startsWith("-"));
	}

	private static String user(String id, String password) {
		return "{\"id\": \"" + id + "\", \"firstName\": \"New\", \"email\": \"" + id
				+ "@example.com\", \"password\": \"" + password + "\"}";
	}

	private ApiClient admin() {
		return new ApiClient(this.port, "admin", "demo");
	}

}
