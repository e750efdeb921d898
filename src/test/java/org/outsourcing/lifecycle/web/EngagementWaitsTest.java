package org.outsourcing.lifecycle.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.recruitment.ApplicationIntake;
import org.outsourcing.lifecycle.recruitment.NewApplication;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deadlines one can see and act on: the engagement's page shows what it waits for until
 * when; the owner extends a deadline and closes the application window early, each with a
 * reason, both in the audit trail; the operations page lists what is due within a day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementWaitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	EngineDriver engine;

	@Autowired
	ApplicationIntake intake;

	@Autowired
	AuditTrail trail;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void theOwnerExtendsTheApplicationWindowThenClosesItEarlyWithAReason() throws Exception {
		String id = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("outsourcingEngagement")
			.variables(DefineWorkProcessTest.definition("none", false, false))
			.start()
			.getId();
		this.engine.complete(id, "writeAd", "recruiter",
				Map.of("adHeadline", "Freelance newsletter writer", "requirements", "Three years of newsletters",
						"applicationInstruction", "Start with the word Pineapple", "form_writeAd_outcome", "publish"));
		this.intake.submit(id, new NewApplication("contractor", "Carla", "carla@example.com", "Pineapple. Hello.",
				"https://carla.example.com", "Pineapple", new BigDecimal("35.00"), "Europe/Lisbon"));
		Job window = windowTimer(id);

		this.mvc.perform(get("/engagements/{id}", id).with(owner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What it waits for")))
			.andExpect(content().string(containsString("Application window closed")))
			.andExpect(content().string(containsString(window.getDuedate().toInstant().toString())));

		LocalDate later = window.getDuedate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7);
		this.mvc
			.perform(post("/engagements/{id}/waits/{job}/extend", id, window.getId()).with(csrf())
				.with(owner())
				.param("until", later.toString())
				.param("reason", ""))
			.andExpect(flash().attribute("waitError", new EngagementController.WaitError(window.getId(), "reason",
					"Reason: is required; say why, it goes to the audit trail")));
		this.mvc
			.perform(post("/engagements/{id}/waits/{job}/extend", id, window.getId()).with(csrf())
				.with(user("recruiter").authorities(() -> "GROUP_recruiter"))
				.param("until", later.toString())
				.param("reason", "More time"))
			.andExpect(status().isForbidden());
		LocalDate tooLate = this.engine.clock()
			.getCurrentTime()
			.toInstant()
			.atOffset(ZoneOffset.UTC)
			.toLocalDate()
			.plusYears(2)
			.plusDays(1);
		this.mvc
			.perform(post("/engagements/{id}/waits/{job}/extend", id, window.getId()).with(csrf())
				.with(owner())
				.param("until", tooLate.toString())
				.param("reason", "Typo in the year"))
			.andExpect(flash().attribute("waitError", new EngagementController.WaitError(window.getId(), "until",
					"New date: must be at most two years ahead (" + tooLate.minusDays(1) + " at the latest)")));
		assertThat(windowTimer(id).getDuedate()).isEqualTo(window.getDuedate());
		this.mvc
			.perform(post("/engagements/{id}/waits/{job}/extend", id, window.getId()).with(csrf())
				.with(owner())
				.param("until", later.toString())
				.param("reason", "Few applications so far"))
			.andExpect(redirectedUrl("/engagements/" + id));
		Job extended = windowTimer(id);
		assertThat(extended.getDuedate().toInstant())
			.isEqualTo(window.getDuedate().toInstant().plus(Duration.ofDays(7)));
		assertThat(interventions(id)).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("owner");
			assertThat(entry.details().path("action").asText()).isEqualTo("extend the deadline");
			assertThat(entry.details().path("reason").asText()).isEqualTo("Few applications so far");
		});

		this.mvc
			.perform(post("/engagements/{id}/waits/{job}/end", id, extended.getId()).with(csrf())
				.with(owner())
				.param("reason", "Carla fits; no need to wait"))
			.andExpect(redirectedUrl("/engagements/" + id));
		assertThat(this.engine.openTaskKeys(id)).containsExactly("screenApplication");
		assertThat(interventions(id)).hasSize(2)
			.last()
			.satisfies((entry) -> assertThat(entry.details().path("action").asText()).isEqualTo("end the wait now"));

		this.mvc.perform(get("/operations").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Screening overdue"))));
		this.engine.clock()
			.setCurrentTime(java.util.Date
				.from(this.engine.clock().getCurrentTime().toInstant().plus(Duration.ofDays(2).plusHours(12))));
		this.mvc.perform(get("/operations").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(content().string(containsString("Screening overdue")));
	}

	private Job windowTimer(String engagementId) {
		List<Job> timers = this.management.createTimerJobQuery().list();
		return timers.stream()
			.filter((job) -> "applicationWindowClosed".equals(job.getElementId()))
			.filter((job) -> this.runtime.createProcessInstanceQuery()
				.processInstanceId(job.getProcessInstanceId())
				.singleResult()
				.getRootProcessInstanceId()
				.equals(engagementId))
			.findFirst()
			.orElseThrow();
	}

	private List<AuditEntry> interventions(String engagementId) {
		return this.trail.entriesOf(engagementId)
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.ADMIN_INTERVENTION)
			.toList();
	}

	private static RequestPostProcessor owner() {
		return user("owner").authorities(() -> "GROUP_owner");
	}

}
