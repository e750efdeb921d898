package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 8 (browser): no Content-Security-Policy, a session cookie without
 * SameSite. The policy allows this application's own scripts and styles only, so the
 * pages carry no inline script, event handler or style attribute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class BrowserHeadersAttackTest {

	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\son[a-z]+=|javascript:",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Test
	void pagesAndApisSendAContentSecurityPolicyOfTheirOwnOrigin() throws Exception {
		for (String path : List.of("/login", "/api/engagements")) {
			HttpResponse<String> response = get(path);
			String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'");
			assertThat(policy).as(path).doesNotContain("unsafe-inline", "unsafe-eval", "*");
		}
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
		HttpResponse<String> login = get("/login");
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("HSTS only in production").isEmpty();
	}

	@Test
	void templatesHoldNoInlineScriptOrStyle() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				assertThat(INLINE.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
			}
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
