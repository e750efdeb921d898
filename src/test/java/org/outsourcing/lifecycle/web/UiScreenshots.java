package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.outsourcing.lifecycle.engagement.EngagementStatus;
import org.outsourcing.lifecycle.engagement.Engagements;
import org.outsourcing.lifecycle.engagement.WorkDefinition;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes the README's screenshots of the UI to {@code docs/screenshots/}: run
 * {@code mvn -Pscreenshots test}. Not part of {@code mvn verify} (its name does not end
 * in Test); needs {@code /usr/bin/chromedriver}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UiScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskForms forms;

	@Autowired
	Engagements engagements;

	@Test
	void writeScreenshots() throws IOException {
		Path directory = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
		Files.createDirectories(directory);
		this.repository.createDeployment().addClasspathResource("web/uiTest.bpmn20.xml").deploy();
		String engagementId = this.forms.start("outsourcingEngagement", newsletter(), null, "owner");
		String overdue = screening(Instant.now().minus(1, ChronoUnit.DAYS), "Customer service chat");
		screening(Instant.now().plus(2, ChronoUnit.DAYS), "Bookkeeping for the shop");
		Task task = this.tasks.createTaskQuery().processInstanceId(overdue).singleResult();
		this.tasks.claim(task.getId(), "recruiter");

		try (Browser browser = Browser.open(1280, 800).at(this.port)) {
			browser.signIn("recruiter");
			browser.go("/");
			shoot(browser, directory.resolve("inbox.png"), 1280);
			browser.go("/tasks/" + task.getId());
			browser.find(By.id("qualified")).click();
			browser.find(By.id("screeningScore")).sendKeys("7");
			browser.find(By.id("screeningNotes")).sendKeys("Good samples; the instruction was followed.");
			browser.find(By.id("outcome-shortlist")).click();
			browser.find(By.id("screeningScore-error"));
			shoot(browser, directory.resolve("task.png"), 1280);
			browser.go("/");
			shoot(browser, directory.resolve("inbox-phone.png"), 400);

			browser.signIn("owner");
			browser.go("/engagements/" + engagementId);
			browser.find(By.id("diagram"));
			shoot(browser, directory.resolve("engagement.png"), 1280);
			browser.signIn("auditor");
			browser.go("/kpis");
			shoot(browser, directory.resolve("kpis.png"), 1280);
		}
	}

	/** The whole page at this width. */
	private static void shoot(Browser browser, Path file, int width) throws IOException {
		browser.resize(width, 800);
		Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
		browser.resize(width, Math.min(height.intValue() + 140, 4000));
		Files.write(file, browser.screenshot());
	}

	/** A screening task of an engagement with this title. */
	private String screening(Instant due, String title) {
		String id = this.runtime.startProcessInstanceByKey("uiScreening", Map.of("screeningDue", Date.from(due)))
			.getId();
		this.engagements.record(
				new WorkDefinition(id, title, "customerService", "none", "workToolsOnly", "owner", "liaison"),
				EngagementStatus.RECRUITING, null);
		return id;
	}

	private static Map<String, Object> newsletter() {
		Map<String, Object> values = new HashMap<>();
		values.put("title", "Monthly newsletter");
		values.put("jobCategory", "emailMarketing");
		values.put("deliverables", "One newsletter a month to the customer list");
		values.put("acceptanceCriteria", "Sent by the 5th, no typos, links checked");
		values.put("goal", "Keep customers coming back");
		values.put("budgetMin", new BigDecimal("400.00"));
		values.put("budgetMax", new BigDecimal("600.00"));
		values.put("budgetBasis", "monthly");
		values.put("cutOffDate", "2031-12-31");
		values.put("schedule", "One issue a month");
		values.put("ownerTimeZone", "America/New_York");
		values.put("dataSensitivity", "customerPersonalData");
		values.put("liaison", "liaison");
		return values;
	}

}
