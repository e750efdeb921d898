package org.outsourcing.lifecycle.config;

import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure, of Flowable's REST resources or of the product's API, is a
 * problem document that tells nothing of its cause.
 */
class ApiProblemsTest {

	@Test
	void anUnexpectedFailureIsAProblemWithoutItsText() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/process-api/runtime/tasks/1/variables");
		ResponseEntity<ProblemDetail> answer = new ApiProblems(null)
			.problem(new FlowableException("Could not execute select * from ACT_RU_TASK where ID_ = ?"), request);
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getDetail()).isEqualTo(ApiProblems.FAILED);
		assertThat(answer.getBody().toString()).doesNotContain("ACT_RU_TASK", "FlowableException");
	}

}
