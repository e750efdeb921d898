package org.outsourcing.lifecycle.trial;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dispute over the product's API: only the engagement's contractor answers the
 * rejection and only its named liaison mediates; anyone else is told there is no such
 * task; a dispute without its reason is a 400 naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrialDisputeApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Test
	void onlyTheContractorDisputesOnlyTheNamedLiaisonMediatesAndAReasonIsRequired() throws Exception {
		ProcessInstance stage = rejectedTrial();
		String answer = this.engine.task(stage.getId(), "answerTrialRejection").getId();

		complete(answer, "contractor2", "contractor", Map.of("disputeReason", "Not mine to dispute"), "dispute")
			.andExpect(status().isNotFound());
		complete(answer, "liaison", "liaison", Map.of("disputeReason", "On the contractor's behalf"), "dispute")
			.andExpect(status().isNotFound());
		complete(answer, "contractor", "contractor", Map.of(), "dispute").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disputeReason"))
			.andExpect(jsonPath("$.errors[0].reason").value("is required to dispute; say why the rejection is wrong"));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("answerTrialRejection");

		this.mvc.perform(get("/api/tasks/{id}/form", answer).with(as("contractor", "contractor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.rejectionReason").value("Two typos and no call to action"));
		complete(answer, "contractor", "contractor", Map.of("disputeReason", "The call to action is the last line"),
				"dispute")
			.andExpect(status().isNoContent());

		String mediation = this.engine.task(stage.getId(), "mediateTrialDispute").getId();
		this.mvc.perform(get("/api/tasks/{id}/form", mediation).with(as("contractor", "contractor")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/{id}/form", mediation).with(as("liaison2", "liaison")))
			.andExpect(status().isNotFound());
		complete(mediation, "owner", "owner", Map.of("mediationNote", "The owner may not decide this"), "overturn")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/{id}/form", mediation).with(as("admin", "admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/tasks/{id}/form", mediation).with(as("liaison", "liaison")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.disputeReason").value("The call to action is the last line"));
		complete(mediation, "liaison", "liaison", Map.of("mediationNote", "It is there, on the last line"), "overturn")
			.andExpect(status().isNoContent());

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("payTrialFee");
	}

	private ResultActions complete(String taskId, String userId, String group, Map<String, Object> values,
			String outcome) throws Exception {
		String body = new ObjectMapper().writeValueAsString(Map.of("values", values, "outcome", outcome));
		return this.mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as(userId, group))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static RequestPostProcessor as(String userId, String group) {
		return user(userId).authorities(() -> "GROUP_" + group);
	}

	private ProcessInstance rejectedTrial() {
		ProcessInstance stage = startTrial(this.runtime);
		this.engine.complete(stage.getId(), "defineTrialTask", "owner", TrialTaskProcessTest.trialOf(7));
		this.engine.complete(stage.getId(), "deliverTrialTask", "contractor", Map.of("deliverableUrl",
				"https://drive.example.com/trial-newsletter", "form_deliverTrialTask_outcome", "deliver"));
		this.engine.complete(stage.getId(), "reviewTrialTask", "owner",
				Map.of("reviewFeedback", "Two typos and no call to action", "form_reviewTrialTask_outcome", "reject"));
		return stage;
	}

	/** A trial of "contractor" with "liaison" as the named liaison. */
	static ProcessInstance startTrial(RuntimeService runtime) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("engagementId", "trial-" + System.nanoTime());
		variables.put("title", "Monthly newsletter");
		variables.put("contractorUserId", "contractor");
		variables.put("liaison", "liaison");
		variables.put("trialFee", new BigDecimal("250.00"));
		variables.put("currency", "USD");
		return runtime.createProcessInstanceBuilder().processDefinitionKey("trialTask").variables(variables).start();
	}

}
