package org.outsourcing.lifecycle.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the engagement page's bpmn-js viewer gets ({@code diagram.json}): the model, where
 * it stands and the path taken from the history, for a running engagement, one of its
 * stages and an ended one; authorized like the engagement page itself (the company's
 * people, no contractors), and only for the engagement's own process instances.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementDiagramTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ObjectMapper json;

	@Test
	void aRunningEngagementStandsInItsStageAndTheStageAtItsTask() throws Exception {
		String id = start(false);
		JsonNode engagement = state(id, null);
		assertThat(engagement.path("ended").asBoolean()).isFalse();
		assertThat(engagement.path("model").asText()).contains("<process id=\"outsourcingEngagement\"");
		assertThat(texts(engagement.path("active"))).containsExactly("advertiseWork");
		assertThat(texts(engagement.path("completed"))).contains("engagementRequested", "defineTheWork")
			.doesNotContain("advertiseWork", "toDefineTheWork");
		assertThat(texts(engagement.path("flows"))).contains("toDefineTheWork").doesNotContain("engagementRequested");
		String jobAd = engagement.path("stages").path("advertiseWork").asText();
		assertThat(jobAd).isEqualTo(stage(id, "jobAd"));
		assertThat(engagement.path("stages").path("defineTheWork").asText()).isEqualTo(stage(id, "defineWork"));

		JsonNode stage = state(id, jobAd);
		assertThat(stage.path("calledBy").asText()).isEqualTo(id);
		assertThat(stage.path("model").asText()).contains("<process id=\"jobAd\"");
		assertThat(texts(stage.path("active"))).as("the task and its deadline timer")
			.containsExactlyInAnyOrder("writeAd", "adOverdue");
		assertThat(texts(stage.path("completed"))).containsExactly("adRequested");
		assertThat(texts(stage.path("flows"))).containsExactly("toWriteAd");
	}

	@Test
	void anEndedEngagementStandsAtTheEndItReachedWithItsWholePath() throws Exception {
		String id = start(true);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
		JsonNode ended = state(id, null);
		assertThat(ended.path("ended").asBoolean()).isTrue();
		assertThat(texts(ended.path("active"))).containsExactly("engagementNotStarted");
		assertThat(texts(ended.path("completed"))).contains("engagementRequested", "defineTheWork",
				"engagementNotStarted");
		assertThat(texts(ended.path("flows"))).contains("toDefineTheWork");
		String defineWork = ended.path("stages").path("defineTheWork").asText();
		JsonNode stage = state(id, defineWork);
		assertThat(stage.path("ended").asBoolean()).isTrue();
		assertThat(texts(stage.path("active"))).containsExactly("requestRefused");
	}

	@Test
	void theDiagramIsForThoseWhoSeeTheEngagementPageAndOnlyItsOwnProcesses() throws Exception {
		String id = start(false);
		String other = start(false);
		String url = "/engagements/{id}/diagram.json";
		this.mvc.perform(get(url, id).with(as("finance"))).andExpect(status().isOk());
		this.mvc.perform(get(url, id).with(as("auditor"))).andExpect(status().isOk());
		this.mvc.perform(get(url, id).with(as("contractor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/engagements/{id}", id).with(as("contractor"))).andExpect(status().isForbidden());
		this.mvc.perform(get(url, id)).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get(url, id).param("process", stage(other, "jobAd")).with(as("owner")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url, "no-such-engagement").with(as("owner"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/engagements/{id}", id).with(as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state-url=\"/engagements/" + id + "/diagram.json\"")))
			.andExpect(content().string(containsString("/js/engagement-diagram.js")))
			.andExpect(content().string(containsString("/engagements/" + id + "/diagram.png?process=" + id)));
	}

	private String start(boolean refused) {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("outsourcingEngagement")
			.variables(DefineWorkProcessTest.definition("none", refused, false))
			.start()
			.getId();
	}

	private String stage(String engagementId, String processKey) {
		return this.history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(engagementId)
			.processDefinitionKey(processKey)
			.singleResult()
			.getId();
	}

	private JsonNode state(String engagementId, String process) throws Exception {
		var request = get("/engagements/{id}/diagram.json", engagementId).with(as("owner"));
		if (process != null) {
			request.param("process", process);
		}
		return this.json.readTree(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static RequestPostProcessor as(String role) {
		return user(role).authorities(List.of(() -> "GROUP_" + role));
	}

}
