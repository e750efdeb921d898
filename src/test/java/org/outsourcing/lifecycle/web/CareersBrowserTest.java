package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.notification.OutboxDelivery;
import org.outsourcing.lifecycle.recruitment.RecruitmentFixtures;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.outsourcing.lifecycle.support.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger applies in a real browser: finds the ad on the careers page, applies, sets a
 * password through the link the e-mail brings (a real SMTP server), signs in and follows
 * the application from "received" to "shortlisted" in the inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lifecycle.notifications.delivery-interval=1000d" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareersBrowserTest {

	@RegisterExtension
	static LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.pointTheApplicationHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	OutboxDelivery delivery;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = Browser.open(1280, 900).at(this.port);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void aStrangerAppliesSetsAPasswordFromTheMailSignsInAndFollowsTheScreening() throws Exception {
		String engagementId = this.runtime
			.startProcessInstanceByKey("outsourcingEngagement", DefineWorkProcessTest.definition("none", false, false))
			.getId();
		this.engine.complete(engagementId, "writeAd", "recruiter", RecruitmentFixtures.ad());

		this.browser.driver().manage().deleteAllCookies();
		this.browser.go("/careers");
		this.browser.find(By.cssSelector("li[data-engagement-id='" + engagementId + "'] a")).click();
		assertThat(this.browser.find(By.id("ad-instruction")).getText())
			.isEqualTo("Start your cover letter with the word Pineapple");
		this.browser.find(By.id("applicantName")).sendKeys("Olga Outside");
		this.browser.find(By.id("applicantEmail")).sendKeys("olga@example.org");
		this.browser.find(By.id("coverLetter")).sendKeys("Pineapple. Ten years of newsletters.");
		this.browser.find(By.id("samplesUrl")).sendKeys("olga.example.org");
		this.browser.find(By.id("instructionAnswer")).sendKeys("Pineapple");
		this.browser.find(By.cssSelector("#apply-form button[type=submit]")).click();
		assertThat(this.browser.find(By.id("samplesUrl-error")).getText())
			.startsWith("Work samples (web address): must be a web address");
		assertThat(this.browser.find(By.id("applicantName")).getAttribute("value")).isEqualTo("Olga Outside");
		this.browser.find(By.id("samplesUrl")).clear();
		this.browser.find(By.id("samplesUrl")).sendKeys("https://olga.example.org/samples");
		this.browser.find(By.cssSelector("#apply-form button[type=submit]")).click();
		assertThat(this.browser.find(By.id("applied")).getText()).contains("We sent an e-mail");

		PasswordMail mail = PasswordMail.to("olga@example.org", this.delivery, smtp);
		this.browser.go(mail.linkPath());
		this.browser.find(By.id("password")).sendKeys("olga's own long phrase");
		this.browser.find(By.id("passwordConfirmation")).sendKeys("olga's own long phrase");
		this.browser.find(By.id("set-password")).click();
		assertThat(this.browser.find(By.id("password-set")).getText()).contains("Your password is set");

		this.browser.signIn(mail.userName(), "olga's own long phrase");
		assertThat(this.browser.find(By.cssSelector("#my-applications .application-status")).getText())
			.isEqualTo("Received: waiting for screening");

		this.engine.passTime(Duration.ofDays(15));
		Map<String, Object> screening = new HashMap<>();
		screening.put("qualified", true);
		screening.put("followedInstructions", true);
		screening.put("relevantSamples", true);
		screening.put("worksIndependently", true);
		screening.put("screeningScore", 5);
		screening.put("form_screenApplication_outcome", "shortlist");
		this.engine.complete(engagementId, "screenApplication", "recruiter", screening);
		this.browser.go("/");
		assertThat(this.browser.find(By.cssSelector("#my-applications .application-status")).getText())
			.startsWith("Shortlisted");

		this.browser.go(mail.linkPath());
		assertThat(this.browser.find(By.id("link-invalid")).getText()).contains("not valid");
	}

}
