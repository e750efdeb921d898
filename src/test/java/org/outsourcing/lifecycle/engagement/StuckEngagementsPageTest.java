package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operations page lists a running engagement that nothing can move (its timer job
 * deleted through the management API) and not a healthy one, and an open task that has
 * waited longer than the alert threshold, each linking to its engagement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StuckEngagementsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void anEngagementNothingCanMoveIsListedAndAHealthyOneIsNot() throws Exception {
		String stuck = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.publishAd(stuck);
		String healthy = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.publishAd(healthy);
		assertThat(this.engine.openTaskKeys(stuck)).as("after the ad it waits for the window only").isEmpty();
		List<Job> timers = timersOf(stuck);
		assertThat(timers).isNotEmpty();
		timers.forEach((timer) -> this.management.deleteTimerJob(timer.getId()));

		String page = operationsPage();
		assertThat(page).contains("id=\"stuck-" + stuck + "\"", "href=\"/engagements/" + stuck + "\"")
			.doesNotContain("id=\"stuck-" + healthy + "\"");
	}

	@Test
	void aTaskWaitingLongerThanTheThresholdIsListed() throws Exception {
		String late = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		Task writeAd = this.engine.task(late, "writeAd");
		assertThat(operationsPage()).doesNotContain("id=\"waiting-" + writeAd.getId() + "\"");

		this.engine.passTime(Duration.ofDays(7).plusMinutes(1));

		assertThat(operationsPage()).contains("id=\"waiting-" + writeAd.getId() + "\"",
				"href=\"/engagements/" + late + "\"");
	}

	private List<Job> timersOf(String engagementId) {
		return this.runtime.createProcessInstanceQuery()
			.list()
			.stream()
			.filter((instance) -> engagementId.equals(instance.getRootProcessInstanceId()))
			.map(ProcessInstance::getId)
			.flatMap((id) -> this.management.createTimerJobQuery().processInstanceId(id).list().stream())
			.toList();
	}

	private String operationsPage() throws Exception {
		return this.mvc.perform(get("/operations").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
