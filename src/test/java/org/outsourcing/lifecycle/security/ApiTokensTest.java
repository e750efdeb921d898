package org.outsourcing.lifecycle.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.flowable.idm.api.IdmIdentityService;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens end to end over HTTP: created, listed and revoked with the
 * password, used as {@code Authorization: Bearer} on {@code /api} and
 * {@code /process-api} with the user's current groups, refused with 401 when revoked,
 * expired, unknown or malformed or when the user may no longer sign in; never stored or
 * logged in plain text; creation, revocation and (at most once an hour) use in the audit
 * trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensTest {

	/** Any member of a product group but auditors may list their tasks. */
	private static final String TASKS = "/process-api/runtime/tasks";

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EngineDriver engine;

	@Autowired
	UserDirectory directory;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	LoginAttempts loginAttempts;

	@Autowired
	ApiTokens tokens;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void aUserCreatesUsesListsAndRevokesATokenThroughTheApi() {
		Engagement engagement = this.fixture.start("contractor", "Token newsletter", "token.first@acme.example");
		Response created = basic("owner").post("/api/tokens", "{\"name\": \"nightly export\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().path("token").asText();
		String id = created.json().path("id").asText();
		assertThat(token).startsWith("olt_" + id + "_");
		assertThat(created.location()).isEqualTo("/api/tokens/" + id);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(created.json().path("expiresAt").asText())
			.isEqualTo(today.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant().toString());

		ApiClient script = bearer(token);
		Response tasks = script.get("/process-api/runtime/tasks?size=100");
		assertThat(tasks.status()).isEqualTo(200);
		assertThat(ids(tasks.data())).contains(engagement.ownerTask()).doesNotContain(engagement.recruiterTask());
		assertThat(script.get("/process-api/runtime/tasks/" + engagement.recruiterTask()).status()).isEqualTo(404);
		assertThat(script.get("/api/kpis").status()).isEqualTo(200);

		Response mine = basic("owner").get("/api/tokens");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).doesNotContain(token).doesNotContain(secretOf(token));
		JsonNode listed = find(mine.json(), id);
		assertThat(listed.path("name").asText()).isEqualTo("nightly export");
		assertThat(listed.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(listed.path("lastUsedAt").isNull()).isFalse();

		Response revoked = basic("owner").delete("/api/tokens/" + id);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().path("status").asText()).isEqualTo("REVOKED");
		Response refused = script.get("/process-api/runtime/tasks");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(script.get("/api/kpis").status()).isEqualTo(401);
		assertThat(find(basic("owner").get("/api/tokens").json(), id).path("revokedBy").asText()).isEqualTo("owner");
	}

	@Test
	void unknownMalformedAndExpiredTokensAre401() {
		String token = create("owner",
				"{\"name\": \"short\", \"expiresOn\": \"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"}");
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);
		String unknown = "olt_0123456789abcdef_" + "A".repeat(43);
		String wrongSecret = token.substring(0, token.length() - 43) + "B".repeat(43);
		for (String presented : List.of("Bearer " + unknown, "Bearer " + wrongSecret, "Bearer not-a-token", "Bearer ",
				"Bearer " + token + "x")) {
			Response answer = ApiClient.authorizedBy(this.port, presented).get("/process-api/runtime/tasks");
			assertThat(answer.status()).as(presented).isEqualTo(401);
		}
		moveClock(Duration.ofDays(2));
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(401);
		assertThat(find(basic("owner").get("/api/tokens").json(), idOf(token)).path("status").asText())
			.isEqualTo("EXPIRED");
	}

	@Test
	void aTokenActsWithTheUsersCurrentGroupsAndNotForALockedOrDeletedUser() {
		this.directory.ensureUser("token.user", "token-user-password", "token.user@example.com", Groups.RECRUITER);
		String token = this.tokens.create("token.user", "groups", null).value();
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);

		this.identity.deleteMembership("token.user", Groups.RECRUITER);
		assertThat(bearer(token).get(TASKS).status()).as("in no group of the product").isEqualTo(403);
		this.identity.createMembership("token.user", Groups.RECRUITER);
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);

		for (int failure = 0; failure < 5; failure++) {
			this.loginAttempts.failed("token.user", "127.0.0.1");
		}
		assertThat(bearer(token).get(TASKS).status()).as("locked out here").isEqualTo(401);
		this.loginAttempts.succeeded("token.user", "127.0.0.1");
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);

		this.identity.deleteUser("token.user");
		assertThat(bearer(token).get(TASKS).status()).as("deleted").isEqualTo(401);
	}

	@Test
	void usingATokenDoesNotForgiveFailedPasswordsFromTheSameAddress() {
		this.directory.ensureUser("guessed.user", "right-password", "guessed@example.com", Groups.RECRUITER);
		String token = this.tokens.create("guessed.user", "script", null).value();
		ApiClient guesser = new ApiClient(this.port, "guessed.user", "wrong-password");
		for (int failure = 0; failure < 4; failure++) {
			assertThat(guesser.get(TASKS).status()).isEqualTo(401);
		}
		assertThat(bearer(token).get(TASKS).status()).as("the script's token still works").isEqualTo(200);
		assertThat(guesser.get(TASKS).status()).isEqualTo(401);
		assertThat(new ApiClient(this.port, "guessed.user", "right-password").get(TASKS).status())
			.as("the fifth failure makes the address wait, the token used in between notwithstanding")
			.isEqualTo(401);
	}

	@Test
	void theRightPasswordForgivesTheFailuresBeforeIt() {
		this.directory.ensureUser("forgiven.user", "right-password", "forgiven@example.com", Groups.RECRUITER);
		ApiClient wrong = new ApiClient(this.port, "forgiven.user", "wrong-password");
		ApiClient right = new ApiClient(this.port, "forgiven.user", "right-password");
		for (int round = 0; round < 2; round++) {
			for (int failure = 0; failure < 4; failure++) {
				assertThat(wrong.get(TASKS).status()).isEqualTo(401);
			}
			assertThat(right.get(TASKS).status()).as("round %d: below the limit", round).isEqualTo(200);
			assertThat(right.get(TASKS).status()).as("round %d: and again, remembered", round).isEqualTo(200);
		}
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndCreatesNothing() {
		long before = count();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertRefused("{}", "name:");
		assertRefused("{\"name\": \"   \"}", "name:");
		assertRefused("{\"name\": \"" + "n".repeat(101) + "\"}", "name:");
		assertRefused("{\"name\": \"x\", \"expiresOn\": \"" + today + "\"}", "expiresOn:");
		assertRefused("{\"name\": \"x\", \"expiresOn\": \"" + today.minusDays(3) + "\"}", "expiresOn:");
		assertRefused("{\"name\": \"x\", \"expiresOn\": \"" + today.plusDays(366) + "\"}", "expiresOn:");
		assertRefused("{\"name\": \"x\", \"expiresOn\": \"next week\"}", "expiresOn:");
		assertThat(count()).isEqualTo(before);
		assertThat(basic("owner")
			.post("/api/tokens", "{\"name\": \"longest\", \"expiresOn\": \"" + today.plusDays(365) + "\"}")
			.status()).isEqualTo(201);
	}

	@Test
	void othersNeitherSeeNorRevokeYourTokensButAdminsDo() {
		String token = create("owner", "{\"name\": \"owner's script\"}");
		String id = idOf(token);
		assertThat(basic("recruiter").get("/api/tokens").body()).doesNotContain(id);
		assertThat(basic("recruiter").delete("/api/tokens/" + id).status()).isEqualTo(404);
		assertThat(basic("recruiter").get("/api/admin/tokens").status()).isEqualTo(403);
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);

		Response all = basic("admin").get("/api/admin/tokens?user=owner");
		assertThat(all.status()).isEqualTo(200);
		assertThat(find(all.json(), id).path("user").asText()).isEqualTo("owner");
		assertThat(find(basic("admin").get("/api/admin/tokens").json(), id).isMissingNode()).isFalse();
		assertThat(basic("admin").delete("/api/tokens/" + id).status()).isEqualTo(200);
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(401);
		assertThat(find(basic("owner").get("/api/tokens").json(), id).path("revokedBy").asText()).isEqualTo("admin");
	}

	@Test
	void aTokenCannotManageTokens() {
		String token = create("admin", "{\"name\": \"admin script\"}");
		assertThat(bearer(token).get("/process-api/management/jobs").status()).isEqualTo(200);
		assertThat(bearer(token).post("/api/tokens", "{\"name\": \"successor\"}").status()).isEqualTo(403);
		assertThat(bearer(token).get("/api/tokens").status()).isEqualTo(403);
		assertThat(bearer(token).get("/api/admin/tokens").status()).isEqualTo(403);
		assertThat(bearer(token).delete("/api/tokens/" + idOf(token)).status()).isEqualTo(403);
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);
	}

	@Test
	void auditorsAndContractorsHaveTokensToo() {
		String auditor = create("auditor", "{\"name\": \"audit export\"}");
		assertThat(bearer(auditor).get("/api/audit/verify").status()).isEqualTo(200);
		assertThat(bearer(auditor).post("/process-api/runtime/process-instances", "{}").status()).isEqualTo(403);
		String contractor = create("contractor", "{\"name\": \"my tasks\"}");
		assertThat(bearer(contractor).get("/process-api/runtime/tasks").status()).isEqualTo(200);
		assertThat(bearer(contractor).get("/process-api/repository/process-definitions").status()).isEqualTo(403);
	}

	@Test
	void theTokenIsNeverStoredNorLoggedInPlainTextAndItsLifeIsAudited(CapturedOutput output) {
		long sequence = this.trail.lastSequence();
		String token = create("finance", "{\"name\": \"invoices export\"}");
		String id = idOf(token);
		ApiClient script = bearer(token);
		assertThat(script.get(TASKS).status()).isEqualTo(200);
		assertThat(script.get("/process-api/runtime/tasks").status()).isEqualTo(200);
		assertThat(bearer(token + "tampered").get(TASKS).status()).isEqualTo(401);
		assertThat(basic("finance").delete("/api/tokens/" + id).status()).isEqualTo(200);

		String row = this.jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(id).query((rs, n) -> {
			StringBuilder columns = new StringBuilder();
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				columns.append(rs.getString(column)).append('|');
			}
			return columns.toString();
		}).single();
		assertThat(row).contains(id).doesNotContain(secretOf(token));
		List<AuditEntry> entries = this.trail.entriesAfter(sequence, 1000)
			.stream()
			.filter((entry) -> id.equals(entry.details().path("tokenId").asText()))
			.toList();
		assertThat(entries.toString()).doesNotContain(secretOf(token));
		assertThat(output.getAll()).doesNotContain(secretOf(token));

		assertThat(entries).extracting(AuditEntry::type)
			.as("two calls, one use recorded")
			.containsExactly(AuditEntryType.API_TOKEN_CREATED, AuditEntryType.API_TOKEN_USED,
					AuditEntryType.API_TOKEN_REVOKED);
		assertThat(entries).extracting(AuditEntry::actor).containsOnly("finance");
		assertThat(entries.get(0).details().path("tokenName").asText()).isEqualTo("invoices export");
		assertThat(entries.get(0).details().path("tokenUser").asText()).isEqualTo("finance");
	}

	@Test
	void aUseIsAuditedAgainAfterAnHour() {
		long sequence = this.trail.lastSequence();
		String token = create("legal", "{\"name\": \"contracts\"}");
		for (int call = 0; call < 3; call++) {
			assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);
		}
		moveClock(Duration.ofMinutes(61));
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);
		assertThat(bearer(token).get(TASKS).status()).isEqualTo(200);
		assertThat(this.trail.entriesAfter(sequence, 1000)
			.stream()
			.filter((entry) -> idOf(token).equals(entry.details().path("tokenId").asText()))
			.map(AuditEntry::type)).containsExactly(AuditEntryType.API_TOKEN_CREATED, AuditEntryType.API_TOKEN_USED,
					AuditEntryType.API_TOKEN_USED);
	}

	private void assertRefused(String body, String field) {
		Response answer = basic("owner").post("/api/tokens", body);
		assertThat(answer.status()).as(body).isEqualTo(400);
		assertThat(answer.json().path("detail").asText()).as(body).startsWith(field);
	}

	private String create(String user, String body) {
		Response created = basic(user).post("/api/tokens", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("token").asText();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single();
	}

	private void moveClock(Duration duration) {
		this.engine.clock().setCurrentTime(Date.from(Instant.now().plus(duration)));
	}

	private ApiClient basic(String user) {
		return new ApiClient(this.port, user, DemoUsers.PASSWORD);
	}

	private ApiClient bearer(String token) {
		return ApiClient.authorizedBy(this.port, "Bearer " + token);
	}

	private static String idOf(String token) {
		return token.split("_")[1];
	}

	private static String secretOf(String token) {
		return token.substring(token.length() - 43);
	}

	private static JsonNode find(JsonNode tokens, String id) {
		for (JsonNode token : tokens) {
			if (id.equals(token.path("id").asText())) {
				return token;
			}
		}
		return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
	}

	private static List<String> ids(JsonNode data) {
		return data.findValuesAsText("id");
	}

}
