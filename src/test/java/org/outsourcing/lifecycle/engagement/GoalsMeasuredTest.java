package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.Map;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals are measured: whoever selects and offers sees the budget next to the candidate's
 * rate, and the performance review shows the goal and the acceptance criteria it judges
 * the work against.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GoalsMeasuredTest {

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
	void selectionAndOffersShowTheBudgetNextToTheRateAndReviewsShowTheGoal() throws Exception {
		// the definition's budget: 400 to 600 a month; both applicants ask 35.00 an hour
		Map<String, Object> definition = LifecycleDriver.definition("none", false);
		definition.put("performanceReviewCycle", "R/P15D");
		ProcessInstance engagement = this.lifecycle.start(definition);
		String id = engagement.getId();
		this.lifecycle.interview(id, "contractor", "contractor2");

		form(id, "selectCandidate", "owner").andExpect(value("budget", "USD 400.00 to 600.00, a monthly fee"))
			.andExpect(jsonPath("$.values.ranking").value(containsString("asks 35.00 USD an hour")));
		this.lifecycle.select(id, "contractor");
		form(id, "draftContract", "legal").andExpect(value("budget", "USD 400.00 to 600.00, a monthly fee"))
			.andExpect(value("candidateRate", "35.00 USD an hour"));
		this.lifecycle.contract(id, "contractor");
		this.lifecycle.trial(id, "contractor", "accept");
		form(id, "offerRetainer", "owner").andExpect(value("budget", "USD 400.00 to 600.00, a monthly fee"))
			.andExpect(value("candidateRate", "35.00 USD an hour"));
		this.lifecycle.startRetainer(id, "contractor");

		this.engine.passTime(Duration.ofDays(15).plusMinutes(1));
		form(id, "reviewPerformance", "owner").andExpect(value("goal", "Keep customers coming back"))
			.andExpect(value("acceptanceCriteria", "Sent to the list by the 5th, no typos"));
	}

	private ResultActions form(String engagementId, String taskKey, String group) throws Exception {
		String taskId = this.engine.task(engagementId, taskKey).getId();
		return this.mvc
			.perform(get("/api/tasks/{id}/form", taskId).with(user(group).authorities(() -> "GROUP_" + group)))
			.andExpect(status().isOk());
	}

	private static ResultMatcher value(String field, String expected) {
		return jsonPath("$.values." + field).value(expected);
	}

}
