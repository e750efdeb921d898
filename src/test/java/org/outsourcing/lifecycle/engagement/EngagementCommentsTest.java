package org.outsourcing.lifecycle.engagement;

import java.util.List;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One comment thread per engagement, from its page and from each of its tasks: a comment
 * written at one task is there at the next; the contractor reads what is meant for them
 * and nothing else, on their task's page, on "My work" and through the API; strangers
 * learn nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementCommentsTest {

	private static final String INTERNAL = "Internal: budget is tight, keep the trial short";

	private static final String FOR_CONTRACTOR = "For you: the brand guide is on the shared drive";

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	TaskService tasks;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void aCommentFollowsTheEngagementFromTaskToTaskAndTheContractorReadsOnlyWhatIsMeantForThem() throws Exception {
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(engagement, "contractor");
		Task define = this.engine.task(engagement, "defineTrialTask");
		this.mvc.perform(
				post("/tasks/" + define.getId() + "/comments").param("text", INTERNAL).with(as("owner")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Your comment was added."));
		this.mvc
			.perform(post("/engagements/" + engagement + "/comments").param("text", FOR_CONTRACTOR)
				.param("forContractor", "true")
				.with(as("owner"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.engine.complete(engagement, "defineTrialTask", "owner",
				java.util.Map.of("trialInstructions", "Write one newsletter about our spring sale",
						"trialAcceptanceCriteria", "Under 400 words", "trialDays", 7, "form_defineTrialTask_outcome",
						"assign"));

		Task deliver = this.engine.task(engagement, "deliverTrialTask");
		assertThat(page("/tasks/" + deliver.getId(), "contractor")).contains(FOR_CONTRACTOR)
			.doesNotContain(INTERNAL, "For the contractor (they read it too)");
		assertThat(page("/my/work", "contractor")).contains(FOR_CONTRACTOR).doesNotContain(INTERNAL);
		assertThat(page("/api/notifications", "contractor"))
			.as("the task the model gave them and the comment meant for them are news for the contractor")
			.contains("New task for you: " + deliver.getName(), "owner commented on", FOR_CONTRACTOR)
			.doesNotContain(INTERNAL);
		assertThat(page("/api/notifications", "liaison")).contains(INTERNAL, FOR_CONTRACTOR);
		this.mvc
			.perform(post("/tasks/" + deliver.getId() + "/comments").param("text", "Which sale dates?")
				.with(as("contractor"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(
				post("/my/work/" + engagement + "/comments").param("text", "  ").with(as("contractor")).with(csrf()))
			.andExpect(flash().attributeExists("commentError"));
		this.engine.complete(engagement, "deliverTrialTask", "contractor", java.util.Map.of("deliverableUrl",
				"https://drive.example.com/trial", "form_deliverTrialTask_outcome", "deliver"));

		Task review = this.engine.task(engagement, "reviewTrialTask");
		assertThat(page("/tasks/" + review.getId(), "owner"))
			.as("what was written at the earlier tasks is on the next one")
			.contains(INTERNAL, FOR_CONTRACTOR, "Which sale dates?", "on <span>Define trial task</span>",
					"For the contractor (they read it too)");
		assertThat(page("/engagements/" + engagement, "liaison")).contains(INTERNAL, FOR_CONTRACTOR,
				"Which sale dates?");

		this.mvc.perform(get("/api/engagements/" + engagement + "/comments").with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].text").value(FOR_CONTRACTOR))
			.andExpect(jsonPath("$[0].forContractor").value(true))
			.andExpect(jsonPath("$[1].text").value("Which sale dates?"))
			.andExpect(jsonPath("$[1].author").value("contractor"))
			.andExpect(jsonPath("$[1].taskName").value(deliver.getName()));
		this.mvc.perform(get("/api/engagements/" + engagement + "/comments").with(as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].text").value(INTERNAL))
			.andExpect(jsonPath("$[0].forContractor").value(false));

		List<AuditEntry> written = this.audit.entriesOf(engagement, List.of(AuditEntryType.ENGAGEMENT_COMMENT_WRITTEN));
		assertThat(written).extracting(AuditEntry::actor).containsExactly("owner", "owner", "contractor");
		assertThat(written).extracting((entry) -> entry.details().get("visibility").asText())
			.containsExactly("COMPANY", "CONTRACTOR", "CONTRACTOR");
	}

	@Test
	void theApiRefusesStrangersAndBadTextAndKeepsTheEngineTaskComments() throws Exception {
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(engagement, "contractor");
		Task define = this.engine.task(engagement, "defineTrialTask");
		// a comment written on a task before the thread existed stays readable in it
		asUser("owner", () -> this.tasks.addComment(define.getId(), define.getProcessInstanceId(), "Older note"));

		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Kick-off on Monday\", \"forContractor\": true}")
				.with(as("recruiter")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("recruiter"))
			.andExpect(jsonPath("$.forContractor").value(true));
		this.mvc.perform(get("/api/engagements/" + engagement + "/comments").with(as("auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("Older note"))
			.andExpect(jsonPath("$[0].taskName").value(define.getName()))
			.andExpect(jsonPath("$[1].text").value("Kick-off on Monday"));
		this.mvc.perform(get("/api/engagements/" + engagement + "/comments").with(as("contractor")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].text").value("Kick-off on Monday"));

		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"  \"}")
				.with(as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("text: is required"));
		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + "x".repeat(2001) + "\"}")
				.with(as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("text: has at most 2000 characters, was 2001"));
		this.mvc.perform(get("/api/engagements/" + engagement + "/comments").with(as("contractor2")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Let me in\"}")
				.with(as("contractor2")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Noted\"}")
				.with(as("auditor")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/engagements/no-such-engagement/comments").with(as("owner")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/engagements/" + engagement + "/comments").param("text", "Not mine to write")
				.with(as("auditor"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.audit.entriesOf(engagement, List.of(AuditEntryType.ENGAGEMENT_COMMENT_WRITTEN))).hasSize(1);
	}

	private String page(String path, String name) throws Exception {
		return this.mvc.perform(get(path).with(as(name)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static void asUser(String name, Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a",
					AuthorityUtils.createAuthorityList("GROUP_" + name)));
		try {
			CurrentUser.actingAs(name, action);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static RequestPostProcessor as(String name) {
		return user(name).authorities(() -> "GROUP_" + name.replaceAll("\\d+$", ""));
	}

}
