package org.outsourcing.lifecycle.retainer;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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
 * A reported blocker over the product's API: only the engagement's named liaison (and an
 * admin) sees and answers the "Resolve blocker" task; another liaison, the owner and the
 * contractor are told there is no such task; an answer without its note is a 400 naming
 * the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BlockerTaskApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	private ProcessInstance stage;

	@AfterEach
	void cleanUp() {
		this.engine.resetClock();
		if (this.stage != null
				&& this.runtime.createProcessInstanceQuery().processInstanceId(this.stage.getId()).count() > 0) {
			this.runtime.deleteProcessInstance(this.stage.getId(), "test finished");
		}
	}

	@Test
	void onlyTheNamedLiaisonOrAnAdminAnswersABlockerAndTheNoteIsRequired() throws Exception {
		this.stage = blockedRetainer();
		String task = this.engine.task(this.stage.getId(), "resolveBlocker").getId();

		for (RequestPostProcessor stranger : new RequestPostProcessor[] { as("liaison2", "liaison"),
				as("owner", "owner"), as("contractor", "contractor") }) {
			this.mvc.perform(get("/api/tasks/{id}/form", task).with(stranger)).andExpect(status().isNotFound());
		}
		complete(task, as("liaison2", "liaison"), Map.of("blockerResolutionNote", "Not my engagement"), "resolved")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/{id}/form", task).with(as("admin", "admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/tasks/{id}/form", task).with(as("liaison", "liaison")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.reportedBlockers").value("Need access to the mailing tool"));
		complete(task, as("liaison", "liaison"), Map.of(), "resolved").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("blockerResolutionNote"))
			.andExpect(jsonPath("$.errors[0].reason").value("is required"));
		assertThat(this.engine.openTaskKeys(this.stage.getId())).contains("resolveBlocker");

		complete(task, as("liaison", "liaison"), Map.of("blockerResolutionNote", "Invited you as an editor"),
				"resolved")
			.andExpect(status().isNoContent());
		assertThat(this.engine.openTaskKeys(this.stage.getId())).doesNotContain("resolveBlocker");
	}

	private ResultActions complete(String taskId, RequestPostProcessor who, Map<String, Object> values, String outcome)
			throws Exception {
		String body = new ObjectMapper().writeValueAsString(Map.of("values", values, "outcome", outcome));
		return this.mvc.perform(post("/api/tasks/{id}/complete", taskId).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static RequestPostProcessor as(String userId, String group) {
		return user(userId).authorities(() -> "GROUP_" + group);
	}

	private ProcessInstance blockedRetainer() {
		Map<String, Object> variables = RetainerFixtures.stage("retainer-" + System.nanoTime());
		variables.put("statusUpdateCycle", "R/P7D");
		variables.put("invoiceCycle", RetainerFixtures.NEVER);
		variables.put("performanceReviewCycle", RetainerFixtures.NEVER);
		ProcessInstance started = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("retainer")
			.variables(variables)
			.start();
		this.engine.complete(started.getId(), "offerRetainer", "owner", RetainerFixtures.offer(12));
		this.engine.complete(started.getId(), "acceptRetainer", "contractor", RetainerFixtures.accept());
		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));
		this.engine.complete(started.getId(), "submitStatusUpdate", "contractor",
				RetainerFixtures.statusUpdate("Issue drafted", "Need access to the mailing tool"));
		return started;
	}

}
