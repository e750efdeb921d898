package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.support.ApiClient;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in: the UI's form login with CSRF, what anonymous callers reach, BCrypt hashes
 * in IDM, the lockout after repeated failures, and admins managing users through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class LoginAndAccountsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDirectory directory;

	@Autowired
	EngineDriver engine;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void anonymousCallersReachOnlyTheLoginPageAssetsAndHealth() {
		ApiClient anonymous = ApiClient.anonymous(this.port);
		Response home = anonymous.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/login");
		assertThat(anonymous.get("/login").body()).contains("name=\"_csrf\"", "name=\"username\"");
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/css/missing.css").status()).as("static assets are public (this one is missing)")
			.isEqualTo(404);
		assertThat(anonymous.get("/actuator/env").status()).isEqualTo(302);
		assertThat(anonymous.get("/process-api/runtime/tasks").status()).as("APIs never redirect to a login page")
			.isEqualTo(401);
	}

	@Test
	void theFormLoginNeedsTheCsrfTokenOfItsSession() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as(page).isTrue();

		HttpResponse<String> forged = submitLogin(browser, "owner", "demo", "forged-token");
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> wrong = submitLogin(browser, "owner", "wrong", token.group(1));
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

		page = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = submitLogin(browser, "owner", "demo", token.group(1));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> health = browser.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);

		// typing /logout shows the button (a GET signs nobody out); the button signs out
		HttpResponse<String> logoutPage = browser.send(HttpRequest.newBuilder(url("/logout")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(logoutPage.statusCode()).isEqualTo(200);
		assertThat(logoutPage.body()).contains("id=\"logout-form\"");
		assertThat(browser.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("still signed in").isEqualTo(200);
		Matcher logoutToken = CSRF.matcher(logoutPage.body());
		assertThat(logoutToken.find()).isTrue();
		HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(url("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + logoutToken.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(browser.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String stored = this.jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, "owner");
		assertThat(stored).startsWith("$2").doesNotContain("demo");
		assertThat(
				this.jdbc.queryForObject("select EMAIL_ from ACT_ID_USER where ID_ = ?", String.class, "contractor2"))
			.isEqualTo("contractor2@example.com");
	}

	@Test
	void repeatedFailedLoginsLockTheAccountForAWhile() {
		this.directory.ensureUser("lockme", "right-password", "lockme@example.com", Groups.FINANCE);
		ApiClient wrong = new ApiClient(this.port, "lockme", "wrong-password");
		ApiClient right = new ApiClient(this.port, "lockme", "right-password");
		assertThat(right.get("/process-api/runtime/tasks").status()).isEqualTo(200);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(wrong.get("/process-api/runtime/tasks").status()).isEqualTo(401);
		}

		assertThat(right.get("/process-api/runtime/tasks").status()).as("locked, even with the right password")
			.isEqualTo(401);

		this.engine.clock()
			.setCurrentTime(Date.from(this.engine.clock().getCurrentTime().toInstant().plus(Duration.ofMinutes(16))));
		assertThat(right.get("/process-api/runtime/tasks").status()).isEqualTo(200);
	}

	@Test
	void adminsManageUsersAndGroupsThroughTheApi() {
		ApiClient admin = new ApiClient(this.port, "admin", "demo");
		Response created = admin.post("/process-api/identity/users",
				"{\"id\": \"newhire\", \"firstName\": \"New\", \"lastName\": \"Hire\", "
						+ "\"email\": \"newhire@example.com\", \"password\": \"s3cret-passphrase\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Response member = admin.post("/process-api/identity/groups/recruiter/members", "{\"userId\": \"newhire\"}");
		assertThat(member.status()).as(member.body()).isEqualTo(201);

		assertThat(this.jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, "newhire"))
			.startsWith("$2");
		ApiClient newhire = new ApiClient(this.port, "newhire", "s3cret-passphrase");
		assertThat(newhire.get("/process-api/runtime/tasks").status()).isEqualTo(200);
		assertThat(newhire.get("/process-api/identity/users").status()).isEqualTo(403);
		assertThat(newhire.post("/process-api/identity/groups/admin/members", "{\"userId\": \"newhire\"}").status())
			.as("nobody makes themselves admin")
			.isEqualTo(403);
	}

	private HttpResponse<String> submitLogin(HttpClient browser, String user, String password, String csrf)
			throws IOException, InterruptedException {
		String form = "username=" + user + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
