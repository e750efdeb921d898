package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.recruitment.ApplicationIntake;
import org.outsourcing.lifecycle.recruitment.NewApplication;
import org.outsourcing.lifecycle.support.EngineDriver;
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
	TaskService tasks;

	@Autowired
	TaskForms forms;

	@Autowired
	ApplicationIntake intake;

	@Autowired
	EngineDriver engine;

	/**
	 * A real engagement in screening: the owner's request, the recruiter's ad, two
	 * applications, the application window closed by moving the engine clock.
	 */
	@Test
	void writeScreenshots() throws IOException {
		Path directory = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
		Files.createDirectories(directory);
		String engagementId = this.forms.start("outsourcingEngagement", newsletter(), null, "owner");
		this.forms.start("outsourcingEngagement", bookkeeping(), null, "owner");
		this.engine.complete(engagementId, "writeAd", "recruiter",
				Map.of("adHeadline", "Freelance newsletter writer, 10 hours a month", "requirements",
						"Three years of e-mail marketing; samples of newsletters", "applicationInstruction",
						"Start your cover letter with the word Pineapple", "form_writeAd_outcome", "publish"));
		this.intake.submit(engagementId, new NewApplication("contractor", "Carla Contractor", "carla@example.com",
				"Pineapple. I have written the newsletters of three shops for four years; open rates above 30%.",
				"https://carla.example.com/newsletters", "Pineapple", new BigDecimal("35.00"), "Europe/Lisbon"));
		this.intake.submit(engagementId,
				new NewApplication("contractor2", "Dan Second", "dan@example.com",
						"Hello, I am a copywriter who would love to help.", "https://dan.example.com", "Hello",
						new BigDecimal("28.00"), "America/Chicago"));
		this.engine.passTime(Duration.ofDays(14).plusMinutes(1));
		Task task = this.engine.openTasks(engagementId, "screenApplication").get(0);
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
		finally {
			this.engine.resetClock();
		}
	}

	/** The whole page at this width. */
	private static void shoot(Browser browser, Path file, int width) throws IOException {
		browser.resize(width, 800);
		Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
		browser.resize(width, Math.min(height.intValue() + 140, 4000));
		Files.write(file, browser.screenshot());
	}

	private static Map<String, Object> bookkeeping() {
		Map<String, Object> values = newsletter();
		values.put("title", "Bookkeeping for the shop");
		values.put("jobCategory", "billing");
		values.put("deliverables", "Monthly books, reconciled");
		values.put("acceptanceCriteria", "Reconciled by the 10th of each month");
		values.put("goal", "Books the accountant accepts without questions");
		values.put("coreCompetency", true);
		return values;
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
