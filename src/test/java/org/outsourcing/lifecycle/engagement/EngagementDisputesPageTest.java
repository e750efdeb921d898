package org.outsourcing.lifecycle.engagement;

import java.util.Map;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rejected trial disputed and overturned in a whole engagement: the engagement goes on
 * to the retainer, and its page lists the dispute as the audit trail recorded it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementDisputesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void anOverturnedTrialRejectionLeadsToTheRetainerAndTheEngagementPageShowsTheDispute() throws Exception {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.hire(id, "contractor");
		this.mvc.perform(get("/engagements/{id}", id).with(user("owner").authorities(() -> "GROUP_owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"disputes\""))));

		this.lifecycle.deliverTrial(id, "contractor");
		this.engine.complete(id, "reviewTrialTask", "owner",
				Map.of("reviewFeedback", "No call to action", "form_reviewTrialTask_outcome", "reject"));
		this.engine.complete(id, "answerTrialRejection", "contractor", Map.of("disputeReason",
				"The call to action is the button at the end", "form_answerRejection_outcome", "dispute"));
		String liaison = this.engine.task(id, "mediateTrialDispute").getAssignee();
		this.engine.complete(id, "mediateTrialDispute", liaison, Map.of("mediationNote",
				"The button is a call to action", "form_mediateTrialDispute_outcome", "overturn"));
		this.engine.complete(id, "payTrialFee", "finance",
				Map.of("paymentReference", "TRF-1", "form_payTrialFee_outcome", "pay"));

		assertThat(this.engine.openTaskKeys(id)).containsExactly("offerRetainer");
		this.mvc.perform(get("/engagements/{id}", id).with(user(liaison).authorities(() -> "GROUP_liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dispute raised")))
			.andExpect(content().string(containsString("The call to action is the button at the end")))
			.andExpect(content().string(containsString("Dispute decided")))
			.andExpect(content().string(containsString("The button is a call to action")))
			.andExpect(content().string(containsString(">overturn<")));
	}

}
