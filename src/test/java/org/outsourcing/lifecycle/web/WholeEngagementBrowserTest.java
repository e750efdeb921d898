package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.outsourcing.lifecycle.notification.OutboxDelivery;
import org.outsourcing.lifecycle.support.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engagement from the owner's request to its archive, in headless Chromium, through
 * the pages alone: every person signs in on the login page, the applicant applies on the
 * careers page and sets a password from the link a real SMTP server received, waits are
 * ended with the engagement page's "End the wait now". No REST call and no engine call:
 * the test knows only what the pages show. Every kind of page met is checked with
 * axe-core (no serious or critical violation); {@code -Dscreenshots=docs/screenshots}
 * writes the README's screenshots from this run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lifecycle.notifications.delivery-interval=1000d" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeEngagementBrowserTest {

	private static final String TITLE = "Monthly newsletter for the shop";

	private static final String DEMO_PASSWORD = "demo";

	@RegisterExtension
	static LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.pointTheApplicationHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	OutboxDelivery delivery;

	Browser browser;

	PagesAsAPerson person;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = Browser.open(1280, 900).at(this.port);
		this.person = new PagesAsAPerson(this.browser);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anEngagementRunsFromTheRequestToItsArchiveThroughThePagesAlone() throws Exception {
		String engagementId = ownerRequestsTheWork();
		recruiterWritesTheAd();
		String contractor = aStrangerAppliesOnTheCareersPage(engagementId);
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.endWait(engagementId, "Application window closed", "Enough applications for a small job");
		recruiterScreensAndSchedules();
		candidateConfirmsAndIsInterviewed(contractor);
		ownerSelectsTheCandidate(engagementId);
		legalDraftsAndBothSign(contractor);
		itGrantsAccessAndTheLiaisonBriefs();
		theTrialIsDeliveredAcceptedAndPaid(contractor);
		theRetainerRunsOneMonth(engagementId, contractor);
		theOwnerGivesNotice(engagementId);
		offboarding(contractor);

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.open("/engagements/" + engagementId, "engagement");
		assertThat(this.person.text(By.id("status"))).contains("Archived");
		this.person.open("/engagements/" + engagementId + "/audit?who=" + contractor, "audit");
		assertThat(this.browser.text()).contains("Carla Contractor", "Confirm data returned");
		this.person.screenshot("audit", 1280);
		theAdminsPagesAreAccessibleToo();
		this.person.open("/kpis", "kpis");
		this.person.screenshot("kpis", 1280);

		assertThat(this.person.accessibilityViolations()).isEmpty();
	}

	private String ownerRequestsTheWork() throws IOException {
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.open("/engagements/new", "new engagement");
		this.person.type("title", TITLE);
		this.person.type("jobCategory", "emailMarketing");
		this.person.type("deliverables", "One newsletter a month to the customer list");
		this.person.type("acceptanceCriteria", "Sent by the 5th, no typos, links checked");
		this.person.type("goal", "Keep customers coming back");
		this.person.type("budgetMin", "400");
		this.person.type("budgetMax", "600");
		this.person.choose("budgetBasis", "monthly");
		this.person.type("cutOffDate", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
		this.person.type("schedule", "One issue a month");
		this.person.type("ownerTimeZone", "Europe/Berlin");
		this.person.type("dataSensitivity", "none");
		this.person.type("liaison", "liaison");
		this.person.submitForm("start-form");
		this.person.expectNotice("The engagement is started");
		String path = this.browser.path();
		assertThat(path).startsWith("/engagements/");
		return path.substring("/engagements/".length());
	}

	private void recruiterWritesTheAd() {
		this.person.signIn("recruiter", DEMO_PASSWORD);
		this.person.openTask("Write ad", TITLE);
		this.person.type("adHeadline", "Freelance newsletter writer, 10 hours a month");
		this.person.type("requirements", "Three years of e-mail marketing; samples of newsletters");
		this.person.type("applicationInstruction", "Start your cover letter with the word Pineapple");
		this.person.press("publish");
	}

	/** Returns the user name the applicant's mail gave them. */
	private String aStrangerAppliesOnTheCareersPage(String engagementId) throws IOException {
		this.browser.driver().manage().deleteAllCookies();
		this.person.open("/careers", "careers");
		this.person.screenshot("careers", 1280);
		this.browser.find(By.cssSelector("li[data-engagement-id='" + engagementId + "'] a")).click();
		this.browser.waitFor(By.id("apply-form"));
		this.person.checkAccessibility("careers ad");
		this.person.type("applicantName", "Carla Contractor");
		this.person.type("applicantEmail", "carla@example.org");
		this.person.type("coverLetter", "Pineapple. I have written the newsletters of three shops for four years.");
		this.person.type("samplesUrl", "https://carla.example.org/newsletters");
		this.person.type("instructionAnswer", "Pineapple");
		this.person.submitForm("apply-form");
		assertThat(this.browser.find(By.id("applied")).getText()).contains("We sent an e-mail");

		PasswordMail mail = PasswordMail.to("carla@example.org", this.delivery, smtp);
		this.person.open(mail.linkPath(), "password");
		this.person.type("password", "carla's own long phrase");
		this.person.type("passwordConfirmation", "carla's own long phrase");
		this.browser.find(By.id("set-password")).click();
		assertThat(this.browser.find(By.id("password-set")).getText()).contains("Your password is set");
		return mail.userName();
	}

	private void recruiterScreensAndSchedules() throws IOException {
		this.person.signIn("recruiter", DEMO_PASSWORD);
		this.person.screenshot("inbox", 1280);
		this.person.screenshot("inbox-phone", 400);
		this.person.openTask("Screen application", TITLE);
		this.person.tick("qualified");
		this.person.tick("followedInstructions");
		this.person.tick("relevantSamples");
		this.person.tick("worksIndependently");
		this.person.type("screeningScore", "5");
		this.person.type("screeningNotes", "Clear samples; the instruction was followed.");
		this.person.screenshot("task", 1280);
		this.person.press("shortlist");

		this.person.openTask("Schedule interview", TITLE);
		this.person.type("interviewDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
		this.person.type("interviewTime", "15:00");
		this.person.type("interviewTimeZone", "Europe/Berlin");
		this.person.type("meetingLink", "https://meet.example.com/newsletter");
		this.person.press("invite");
	}

	private void candidateConfirmsAndIsInterviewed(String contractor) {
		this.person.signIn(contractor, "carla's own long phrase");
		assertThat(this.person.text(By.cssSelector("header .who"))).as("who is signed in, by name")
			.isEqualTo("Carla Contractor");
		this.person.openTask("Confirm availability", TITLE);
		assertThat(this.browser.text()).contains("https://meet.example.com/newsletter");
		this.person.tick("availableForSchedule");
		this.person.type("candidateTimeZone", "Europe/Lisbon");
		this.person.type("candidateWorkStart", "09:00");
		this.person.type("candidateWorkEnd", "17:00");
		this.person.press("confirm");

		this.person.signIn("interviewer", DEMO_PASSWORD);
		this.person.openTask("Interview candidate", TITLE);
		this.person.type("workEthic", "5");
		this.person.type("skills", "5");
		this.person.type("communication", "4");
		this.person.choose("recommendation", "hire");
		this.person.type("interviewNotes", "Knows the craft; asks good questions.");
		this.person.press("record");
	}

	private void ownerSelectsTheCandidate(String engagementId) {
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.open("/engagements/" + engagementId, "engagement");
		assertThat(this.person.text(By.id("status"))).as("the status follows the stage")
			.contains("Recruiting", "Interviews: Select candidate")
			.doesNotContain("Ad published");
		this.person.openTask("Select candidate", TITLE);
		assertThat(this.person.chooseFirst("selectedCandidate")).contains("Carla Contractor");
		this.person.press("select");
	}

	private void legalDraftsAndBothSign(String contractor) {
		this.person.signIn("legal", DEMO_PASSWORD);
		this.person.openTask("Draft contract", TITLE);
		this.person.tick("ndaIncluded");
		this.person.tick("workProductToCompany");
		this.person.tick("companyOwnsData");
		this.person.type("performanceExpectations", "One newsletter a month, open rate above 25%");
		this.person.type("contractDeliverables", "Twelve newsletters a year, with subject lines");
		this.person.type("paymentTerms", "Monthly retainer, paid within 15 days of invoice");
		this.person.type("trialFee", "250");
		this.person.type("currency", "EUR");
		this.person.press("draft");

		this.person.signIn(contractor, "carla's own long phrase");
		this.person.openTask("Sign contract", TITLE);
		this.person.tick("agreeToTerms");
		this.person.type("signatureName", "Carla Contractor");
		this.person.press("sign");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Countersign contract", TITLE);
		this.person.press("countersign");
	}

	private void itGrantsAccessAndTheLiaisonBriefs() {
		this.person.signIn("it", DEMO_PASSWORD);
		this.person.openTask("Grant access", TITLE);
		assertThat(this.person.text(By.id("ro-accessLevel"))).isEqualTo("Work tools only, no company data");
		assertThat(this.person.text(By.cssSelector(".side-col dl.context")))
			.as("dates in words, amounts with their currency")
			.contains(Dates.day(LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()), "400.00 USD")
			.doesNotContain(LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
		assertThat(this.browser.find(By.cssSelector(".side-col dl.context dd")).getSize().getWidth())
			.as("the work beside the task keeps its column for the words")
			.isGreaterThan(250);
		this.person.type("resources", "Shared drive 'Newsletter', Mailchimp editor");
		this.person.press("granted");

		this.person.signIn("liaison", DEMO_PASSWORD);
		this.person.openTask("Brief contractor", TITLE);
		this.person.type("briefingDocuments", "Brand guide, last year's newsletters");
		this.person.type("firstTask", "Draft the December issue");
		this.person.type("firstTaskDue", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
		this.person.press("briefed");
	}

	private void theTrialIsDeliveredAcceptedAndPaid(String contractor) {
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Define trial task", TITLE);
		this.person.type("trialInstructions", "Write one newsletter about our spring sale");
		this.person.type("trialAcceptanceCriteria", "Under 400 words, one call to action, no typos");
		this.person.type("trialDays", "7");
		this.person.press("assign");

		this.person.signIn(contractor, "carla's own long phrase");
		this.person.openTask("Deliver trial task", TITLE);
		this.person.type("deliverableUrl", "https://drive.example.org/trial");
		this.person.type("deliveryNotes", "Two subject lines to choose from.");
		this.person.press("deliver");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Review trial task", TITLE);
		this.person.type("reviewFeedback", "Meets every criterion");
		this.person.press("accept");

		this.person.signIn("finance", DEMO_PASSWORD);
		this.person.openTask("Pay trial fee", TITLE);
		assertThat(this.person.text(By.id("ro-trialFee"))).as("an amount with its contract's currency")
			.isEqualTo("250.00 EUR");
		this.person.type("paymentReference", "TRF-1");
		this.person.press("pay");
	}

	private void theRetainerRunsOneMonth(String engagementId, String contractor) throws IOException {
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Offer retainer", TITLE);
		this.person.type("monthlyFee", "1500");
		this.person.type("currency", "EUR");
		this.person.type("scope", "Write, design and send the monthly newsletter");
		this.person.type("termMonths", "12");
		this.person.type("liaison", "liaison");
		this.person.press("offer");

		this.person.signIn(contractor, "carla's own long phrase");
		this.person.openTask("Accept retainer", TITLE);
		this.person.press("accept");
		this.person.open("/my/work", "my work");
		this.person.open("/notifications", "notifications");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.endWait(engagementId, "Status update due", "The first issue is out early");
		assertThat(this.person.text(By.id("status"))).as("where it stands: the tasks of the running stage")
			.contains("Active", "Retainer: Submit status update")
			.doesNotContain("Status update missed");
		this.person.screenshot("engagement", 1280, 1100);
		theDiagramFitsAPhone();

		this.person.signIn(contractor, "carla's own long phrase");
		this.person.openTask("Submit status update", TITLE);
		this.person.type("progress", "First issue sent; open rate 31%");
		this.person.type("hoursSpent", "9.5");
		this.person.press("submit");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.endWait(engagementId, "Invoice due", "The month's work is done");

		this.person.signIn("finance", DEMO_PASSWORD);
		this.person.openTask("Approve invoice", TITLE);
		this.person.press("approve");
		this.person.openTask("Pay invoice", TITLE);
		this.person.type("paymentReference", "RET-1");
		this.person.press("pay");
	}

	/**
	 * On a 390 px wide phone the page does not scroll sideways and the diagram shows
	 * several of its shapes inside its own box.
	 */
	private void theDiagramFitsAPhone() {
		this.browser.resize(390, 844);
		this.browser.go(this.browser.path());
		this.browser.waitFor(By.cssSelector("#diagram .djs-shape"));
		Number pageWidth = (Number) this.browser.script("return document.documentElement.scrollWidth;");
		Number shapesInView = (Number) this.browser.script("""
				const box = document.getElementById('diagram').getBoundingClientRect();
				return [...document.querySelectorAll('#diagram .djs-shape')].filter((shape) => {
					const r = shape.getBoundingClientRect();
					return r.width > 0 && r.left >= box.left && r.right <= box.right
						&& r.top >= box.top && r.bottom <= box.bottom;
				}).length;""");
		this.browser.resize(1280, 900);
		assertThat(pageWidth.intValue()).as("the page's width on a phone").isLessThanOrEqualTo(390);
		assertThat(shapesInView.intValue()).as("shapes of the diagram in view on a phone").isGreaterThan(1);
	}

	private void theOwnerGivesNotice(String engagementId) {
		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.open("/engagements/" + engagementId, "engagement");
		assertThat(this.person.text(By.id("notice-contractor"))).isEqualTo("Carla Contractor");
		this.person.type("notice-reason", "The newsletter moves in-house");
		this.person.submitForm("notice-" + engagementId);
		this.person.expectNotice("");
	}

	private void offboarding(String contractor) {
		this.person.signIn("it", DEMO_PASSWORD);
		this.person.openTask("Revoke access", TITLE);
		this.person.press("revoked");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Verify access revoked", TITLE);
		this.person.press("verified");

		this.person.signIn("liaison", DEMO_PASSWORD);
		this.person.openTask("Recover deliverables", TITLE);
		this.person.tick("deliverablesRecovered");
		this.person.type("repositoryUrl", "https://git.example.com/company/newsletter");
		this.person.press("recovered");

		this.person.signIn(contractor, "carla's own long phrase");
		this.person.openTask("Confirm data returned", TITLE);
		this.person.choose("dataDisposition", "destroyed");
		this.person.tick("confirmNoCopiesKept");
		this.person.press("confirm");

		this.person.signIn("finance", DEMO_PASSWORD);
		this.person.openTask("Settle final invoice", TITLE);
		this.person.type("finalAmount", "750");
		this.person.type("currency", "EUR");
		this.person.type("paymentReference", "FIN-1");
		this.person.press("settle");

		this.person.signIn("owner", DEMO_PASSWORD);
		this.person.openTask("Record feedback", TITLE);
		this.person.type("rating", "5");
		this.person.tick("rehireEligible");
		this.person.type("feedback", "Reliable, clear writer");
		this.person.press("archive");
	}

	private void theAdminsPagesAreAccessibleToo() {
		this.person.signIn("admin", DEMO_PASSWORD);
		this.person.open("/operations", "operations");
		this.person.open("/operations/users", "people");
		this.person.open("/operations/users/owner", "user");
		this.person.open("/operations/models", "models");
		this.person.open("/tokens", "tokens");
		this.person.open("/engagements", "engagements");
		this.person.open("/notifications", "notifications");
	}

}
