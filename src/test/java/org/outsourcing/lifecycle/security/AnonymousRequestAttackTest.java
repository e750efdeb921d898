package org.outsourcing.lifecycle.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 6: anonymous POSTs to {@code /api} passed the filter chain (the rule
 * "not an auditor" held for nobody at all) and reached controllers: 500 or 404 instead of
 * 401. Every API request is authenticated first, unknown paths included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class AnonymousRequestAttackTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "POST, /api/tasks/1/complete", "POST, /api/applications", "POST, /api/no-such-thing",
			"PUT, /api/tasks/1", "DELETE, /api/engagements/1", "PATCH, /api/engagements/1",
			"POST, /process-api/no-such-thing", "GET, /process-api/no-such-thing", "GET, /api/no-such-thing" })
	void anonymousCallersAreAskedToSignIn(String method, String path) {
		Response response = ApiClient.anonymous(this.port).send(method, path, "{}");
		assertThat(response.status()).as("%s %s: %s", method, path, response.body()).isEqualTo(401);
	}

}
