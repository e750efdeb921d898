package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/engagements/{id}/withdrawal}: an owner withdraws a running engagement
 * with a reason; anyone else, a missing reason, an ended or unknown engagement are
 * refused with the status a client can act on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WithdrawalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Engagements engagements;

	@Test
	void anOwnerWithdrawsWithAReasonAndEverythingElseIsRefused() throws Exception {
		String id = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("outsourcingEngagement")
			.variables(DefineWorkProcessTest.definition("none", false, false))
			.start()
			.getId();

		withdraw(id, "{\"reason\": \" \"}", as("owner")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("reason: is required")));
		withdraw(id, "{\"reason\": \"Not needed\"}", as("recruiter")).andExpect(status().isForbidden());
		assertThat(this.engagements.find(id).orElseThrow().status()).isNotEqualTo(EngagementStatus.WITHDRAWN);

		withdraw(id, "{\"reason\": \"Budget cut\"}", as("owner")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(this.engagements.find(id).orElseThrow().statusReason()).isEqualTo("Withdrawn by owner: Budget cut");
		withdraw(id, "{\"reason\": \"Again\"}", as("owner")).andExpect(status().isConflict());
		withdraw("no-such-engagement", "{\"reason\": \"Budget cut\"}", as("owner")).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions withdraw(String id, String body,
			RequestPostProcessor user) throws Exception {
		return this.mvc.perform(post("/api/engagements/{id}/withdrawal", id).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(() -> "GROUP_" + group);
	}

}
