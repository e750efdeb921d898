package org.outsourcing.lifecycle.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 8 (errors): error bodies showed SQL statements, null-pointer texts and
 * engine messages. A failure says that it failed; the cause goes to the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class ErrorLeakAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	ErrorAttributes errors;

	@Test
	void aRefusalOfFlowablesRestApiIsAProblemWithoutTheException() {
		Engagement engagement = this.fixture.start("contractor", "Failing request", "fail@acme.example");
		// Flowable has no PUT on the collection: its own catch-all answered 500 with the
		// cause; the product's problem details answer 405 and name no exception
		Response refused = new ApiClient(this.port, "admin", "demo").put(
				"/process-api/runtime/tasks/" + engagement.recruiterTask() + "/variables",
				"[{\"name\": \"title\", \"value\": \"x\"}]");
		assertThat(refused.status()).isEqualTo(405);
		assertThat(refused.json().path("status").asInt()).isEqualTo(405);
		assertThat(refused.json().path("exception").isMissingNode()).as(refused.body()).isTrue();
		assertThat(refused.body()).doesNotContain("HttpRequestMethodNotSupportedException", "trace");
	}

	@Test
	void anUnexpectedFailureOfTheProductShowsNoExceptionText() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tasks/1/complete");
		request.setAttribute("jakarta.servlet.error.status_code", 500);
		request.setAttribute("jakarta.servlet.error.exception", new NullPointerException(
				"Cannot invoke \"String.length()\" because \"select * from ACT_RU_TASK where ID_ = ?\" is null"));
		request.setAttribute("jakarta.servlet.error.request_uri", "/api/tasks/1/complete");
		Map<String, Object> body = this.errors.getErrorAttributes(new ServletWebRequest(request),
				ErrorAttributeOptions.defaults()
					.including(ErrorAttributeOptions.Include.MESSAGE, ErrorAttributeOptions.Include.EXCEPTION,
							ErrorAttributeOptions.Include.STACK_TRACE));
		assertThat(body.toString()).doesNotContain("String.length", "ACT_RU_TASK", "NullPointerException");
		assertThat(body).containsEntry("status", 500).doesNotContainKeys("trace", "exception");
	}

}
