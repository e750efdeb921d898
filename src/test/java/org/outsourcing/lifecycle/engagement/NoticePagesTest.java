package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.retainer.Retainer;
import org.outsourcing.lifecycle.retainer.RetainerStatus;
import org.outsourcing.lifecycle.retainer.Retainers;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notice on a running retainer from the pages, not only through the API: the owner on the
 * engagement's page, the contractor on their retainers' page; a bad notice stays on the
 * page with its reason and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	Retainers retainers;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void theOwnerGivesNoticeForTheCompanyOnTheEngagementPage() throws Exception {
		String id = engagementOnRetainer();

		this.mvc.perform(get("/engagements/{id}", id).with(as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give notice on the retainer")));
		this.mvc.perform(get("/engagements/{id}", id).with(as("recruiter")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Give notice on the retainer"))));
		this.mvc
			.perform(post("/engagements/{id}/notice", id).with(csrf())
				.with(as("recruiter"))
				.param("givenBy", "company")
				.param("reason", "Budget cut"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/engagements/{id}/notice", id).with(csrf())
				.with(as("owner"))
				.param("givenBy", "company")
				.param("reason", " "))
			.andExpect(redirectedUrl("/engagements/" + id + "#notice-" + id))
			.andExpect(flash().attribute("noticeError", hasToString(containsString(
					"field=reason, message=Reason for the notice: is required; say why the retainer ends"))));
		assertThat(this.retainers.active(id)).isPresent();

		this.mvc
			.perform(post("/engagements/{id}/notice", id).with(csrf())
				.with(as("owner"))
				.param("givenBy", "company")
				.param("reason", "Budget cut"))
			.andExpect(redirectedUrl("/engagements/" + id))
			.andExpect(flash().attributeExists("notice"));

		Retainer ended = this.retainers.forEngagement(id).get(0);
		assertThat(ended.status()).isEqualTo(RetainerStatus.ENDED);
		assertThat(ended.endReason()).isEqualTo("Notice given by the company: Budget cut");
		assertThat(this.engine.openTaskKeys(id)).contains("revokeAccess");
	}

	@Test
	void theContractorGivesNoticeOnTheirOwnRetainerOnly() throws Exception {
		String id = engagementOnRetainer();

		this.mvc.perform(get("/retainers").with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/retainers/" + id + "/notice")));
		this.mvc.perform(get("/retainers").with(as("contractor2")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/retainers/" + id + "/notice"))));
		this.mvc
			.perform(
					post("/retainers/{id}/notice", id).with(csrf()).with(as("contractor2")).param("reason", "Not mine"))
			.andExpect(status().isNotFound());
		assertThat(this.retainers.active(id)).isPresent();

		this.mvc
			.perform(post("/retainers/{id}/notice", id).with(csrf())
				.with(as("contractor"))
				.param("reason", "Moving to a full-time job"))
			.andExpect(redirectedUrl("/retainers"))
			.andExpect(flash().attributeExists("notice"));

		assertThat(this.retainers.forEngagement(id).get(0).endReason())
			.isEqualTo("Notice given by the contractor: Moving to a full-time job");
		assertThat(this.engine.historicVariables(id)).containsEntry("noticeGivenBy", "contractor");
		assertThat(this.engine.openTaskKeys(id)).contains("revokeAccess", "confirmDataReturned");
	}

	private String engagementOnRetainer() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		String id = engagement.getId();
		this.lifecycle.hire(id, "contractor");
		this.lifecycle.trial(id, "contractor", "accept");
		this.lifecycle.startRetainer(id, "contractor");
		return id;
	}

	private static RequestPostProcessor as(String name) {
		return user(name).authorities(() -> "GROUP_" + name.replaceAll("\\d+$", ""));
	}

}
