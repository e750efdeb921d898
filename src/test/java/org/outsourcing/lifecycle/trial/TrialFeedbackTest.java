package org.outsourcing.lifecycle.trial;

import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one side writes reaches the other side's next task: the reviewer's feedback is on
 * the contractor's redelivery, the contractor's notes are on the review, each time the
 * latest round's, read through the form API and on the task page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrialFeedbackTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Test
	void theLatestFeedbackIsOnTheRedeliveryAndTheLatestNotesAreOnTheReview() throws Exception {
		ProcessInstance stage = TrialDisputeApiTest.startTrial(this.runtime);
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", TrialTaskProcessTest.trialOf(7));
		String first = this.engine.task(stage.getId(), "deliverTrialTask").getId();
		this.mvc.perform(get("/api/tasks/{id}/form", first).with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.lastReviewFeedback").value(""));

		deliver(stage, "First draft; the call to action is at the end");
		assertThat(reviewNotes(stage)).isEqualTo("First draft; the call to action is at the end");
		review(stage, "Shorten the introduction to two lines");

		String second = this.engine.task(stage.getId(), "deliverTrialTask").getId();
		this.mvc.perform(get("/api/tasks/{id}/form", second).with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.lastReviewFeedback").value("Shorten the introduction to two lines"));
		deliver(stage, "Introduction shortened");
		assertThat(reviewNotes(stage)).isEqualTo("Introduction shortened");
		this.mvc
			.perform(get("/api/tasks/{id}/form", this.engine.task(stage.getId(), "reviewTrialTask").getId())
				.with(as("owner")))
			.andExpect(jsonPath("$.values.reviewFeedback").doesNotExist());
		review(stage, "Three typos left in the last paragraph");

		String third = this.engine.task(stage.getId(), "deliverTrialTask").getId();
		this.mvc.perform(get("/api/tasks/{id}/form", third).with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.lastReviewFeedback").value("Three typos left in the last paragraph"));
		String page = this.mvc.perform(get("/tasks/{id}", third).with(as("contractor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Feedback on your last delivery", "Three typos left in the last paragraph")
			.doesNotContain("Shorten the introduction");

		deliver(stage, null);
		assertThat(reviewNotes(stage)).as("notes of an earlier delivery are not this one's").isEmpty();
	}

	private String reviewNotes(ProcessInstance stage) throws Exception {
		String review = this.engine.task(stage.getId(), "reviewTrialTask").getId();
		String body = this.mvc.perform(get("/api/tasks/{id}/form", review).with(as("owner")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.values.contractorDeliveryNotes");
	}

	private void deliver(ProcessInstance stage, String notes) {
		Map<String, Object> values = new HashMap<>();
		values.put("deliverableUrl", "https://drive.example.com/trial-newsletter");
		if (notes != null) {
			values.put("deliveryNotes", notes);
		}
		values.put("form_deliverTrialTask_outcome", "deliver");
		this.engine.complete(stage.getId(), "deliverTrialTask", "contractor", values);
	}

	private void review(ProcessInstance stage, String feedback) {
		this.engine.complete(stage.getId(), "reviewTrialTask", "owner",
				Map.of("reviewFeedback", feedback, "form_reviewTrialTask_outcome", "revise"));
	}

	private static RequestPostProcessor as(String userId) {
		return user(userId).authorities(() -> "GROUP_" + userId);
	}

}
