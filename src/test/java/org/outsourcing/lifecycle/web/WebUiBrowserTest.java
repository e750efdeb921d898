package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.Deployment;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser (headless Chromium): the recruiter's inbox and a task
 * form, validation errors, a task someone else completed, an expired session, the owner
 * starting an engagement the policy refuses, an engagement's diagram and audit trail, and
 * a contractor who sees only their own task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	TaskForms forms;

	@Autowired
	Engagements engagements;

	Browser browser;

	Deployment deployment;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = Browser.open(1280, 900).at(this.port);
		this.deployment = this.repository.createDeployment()
			.disableBpmnValidation()
			.addClasspathResource("web/uiTest.bpmn20.xml")
			.name("web UI test processes")
			.deploy();
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.deployment != null) {
			this.repository.deleteDeployment(this.deployment.getId(), true);
		}
	}

	@Test
	void recruiterTakesAndCompletesAScreeningTaskThroughItsForm() {
		String processInstanceId = screening(Instant.now().plus(3, ChronoUnit.DAYS));
		Task task = taskOf(processInstanceId);
		this.browser.signIn("recruiter");

		WebElement row = this.browser.find(By.cssSelector("tr[data-task-id='" + task.getId() + "']"));
		assertThat(row.getText()).contains("Screen application", "Screening (UI test)", "your group");
		row.findElement(By.xpath(".//button[text()='Take']")).click();
		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("You took");
		row = this.browser.find(By.cssSelector("tr[data-task-id='" + task.getId() + "']"));
		assertThat(row.getText()).contains("you");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo("recruiter");

		row.findElement(By.cssSelector("a.task-link")).click();
		this.browser.find(By.id("task-form"));
		assertThat(this.browser.driver().findElement(By.id("screeningScore")).getAttribute("type")).isEqualTo("number");
		assertThat(this.browser.driver().findElement(By.id("screeningNotes")).getTagName()).isEqualTo("textarea");
		this.browser.find(By.id("qualified")).click();
		this.browser.find(By.id("followedInstructions")).click();
		this.browser.find(By.id("screeningScore")).sendKeys("4");
		this.browser.find(By.id("screeningNotes")).sendKeys("Clear samples, answered the instruction.");
		this.browser.find(By.id("outcome-shortlist")).click();

		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("is completed");
		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(variables(processInstanceId)).containsEntry("screeningScore", 4)
			.containsEntry("qualified", true)
			.containsEntry("followedInstructions", true)
			.containsEntry("relevantSamples", false)
			.containsEntry("form_screenApplication_outcome", "shortlist");
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo("recruiter");
	}

	@Test
	void invalidEntriesAreShownNextToTheirFieldsWithTheTypedValuesKept() {
		String processInstanceId = screening(Instant.now().minus(1, ChronoUnit.DAYS));
		Task task = taskOf(processInstanceId);
		this.browser.signIn("recruiter");
		WebElement row = this.browser.find(By.cssSelector("tr[data-task-id='" + task.getId() + "']"));
		assertThat(row.getText()).contains("OVERDUE");
		assertThat(this.browser.driver()
			.findElements(By.cssSelector("#inbox tbody tr"))
			.get(0)
			.getAttribute("data-task-id")).as("overdue first").isEqualTo(task.getId());

		this.browser.go("/tasks/" + task.getId());
		this.browser.find(By.id("screeningScore")).sendKeys("9");
		this.browser.find(By.id("screeningNotes")).sendKeys("Promising, but see the samples");
		this.browser.find(By.id("relevantSamples")).click();
		this.browser.find(By.id("outcome-shortlist")).click();

		WebElement error = this.browser.find(By.id("screeningScore-error"));
		assertThat(error.getText()).contains("5");
		assertThat(this.browser.find(By.id("screeningScore")).getAttribute("aria-describedby"))
			.isEqualTo("screeningScore-error");
		assertThat(this.browser.find(By.id("screeningScore")).getAttribute("value")).isEqualTo("9");
		assertThat(this.browser.find(By.id("screeningNotes")).getAttribute("value"))
			.isEqualTo("Promising, but see the samples");
		assertThat(this.browser.find(By.id("relevantSamples")).isSelected()).isTrue();
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
			.as("a refused submission changes nothing, not even the claim")
			.isNull();

		// someone else completes it while the page is open
		this.forms.complete(task.getId(), Map.of("screeningScore", 2), "reject", "admin");
		this.browser.find(By.id("screeningScore")).clear();
		this.browser.find(By.id("screeningScore")).sendKeys("3");
		this.browser.find(By.id("outcome-shortlist")).click();
		assertThat(this.browser.find(By.id("task-closed")).getText()).contains("already completed by admin")
			.contains("Nothing you entered was saved");
		assertThat(variables(processInstanceId)).containsEntry("screeningScore", 2);
	}

	@Test
	void anExpiredSessionGoesBackToTheLoginWithNothingSaved() {
		String processInstanceId = screening(Instant.now().plus(1, ChronoUnit.DAYS));
		Task task = taskOf(processInstanceId);
		this.browser.signIn("recruiter");
		this.browser.go("/tasks/" + task.getId());
		this.browser.find(By.id("screeningScore")).sendKeys("4");
		this.browser.driver().manage().deleteCookieNamed("JSESSIONID");
		this.browser.driver().manage().addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000"));
		this.browser.find(By.id("outcome-shortlist")).click();

		assertThat(this.browser.find(By.id("username")).isDisplayed()).isTrue();
		assertThat(this.browser.text()).contains("Your session expired");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
		assertThat(variables(processInstanceId)).doesNotContainKey("screeningScore");
	}

	@Test
	void ownerStartsSecurityWorkAndSeesItRefusedWithThePolicysReasonAndTheDiagram() {
		this.browser.signIn("owner");
		this.browser.find(By.linkText("Start engagement")).click();
		this.browser.find(By.id("start-form"));
		this.browser.find(By.id("title")).sendKeys("Penetration test of the web shop");
		select("jobCategory", "Other");
		this.browser.find(By.id("deliverables")).sendKeys("A report of the weaknesses found");
		this.browser.find(By.id("acceptanceCriteria")).sendKeys("Every finding reproducible");
		this.browser.find(By.id("goal")).sendKeys("A safer shop");
		this.browser.find(By.id("budgetMin")).sendKeys("1000");
		this.browser.find(By.id("budgetMax")).sendKeys("-5");
		this.browser.find(By.id("budgetBasis-fixed")).click();
		this.browser.setValue("cutOffDate", "2031-12-31");
		this.browser.find(By.id("schedule")).sendKeys("Two weeks in March");
		selectValue("ownerTimeZone", "Europe/Berlin");
		select("dataSensitivity", "Security-related data");
		this.browser.find(By.id("securityRelated")).click();
		selectValue("liaison", "liaison");
		this.browser.find(By.cssSelector("#start-form button[type=submit]")).click();

		assertThat(this.browser.find(By.id("budgetMax-error")).getText()).contains("at least 0");
		assertThat(this.browser.find(By.id("budgetMax")).getAttribute("value")).isEqualTo("-5");
		assertThat(this.browser.find(By.id("title")).getAttribute("value"))
			.isEqualTo("Penetration test of the web shop");
		assertThat(this.browser.find(By.id("securityRelated")).isSelected()).isTrue();
		assertThat(this.browser.find(By.id("budgetBasis-fixed")).isSelected()).isTrue();
		this.browser.find(By.id("budgetMax")).clear();
		this.browser.find(By.id("budgetMax")).sendKeys("2000");
		this.browser.find(By.cssSelector("#start-form button[type=submit]")).click();

		WebElement status = this.browser.find(By.id("status"));
		assertThat(this.browser.find(By.cssSelector(".message.problem")).getText())
			.startsWith("The request was refused: ");
		String engagementId = this.browser.path().replaceAll("^/engagements/([^/?#]+).*$", "$1");
		String reason = this.engagements.find(engagementId).orElseThrow().statusReason();
		assertThat(this.engagements.find(engagementId).orElseThrow().status()).isEqualTo(EngagementStatus.REFUSED);
		assertThat(reason).isNotBlank();
		assertThat(status.getText()).contains("Refused", reason);

		// the diagram of an ended engagement in bpmn-js's viewer: the end it reached and
		// the
		// path it took; the stage it called opens in place with its own marks, and back
		assertDiagramLoaded(engagementId);
		assertThat(this.browser.find(By.id("diagram")).getAttribute("aria-label")).contains("Outsourcing engagement");
		this.browser.find(By.cssSelector("#diagram .djs-element.stands-here[data-element-id='engagementNotStarted']"));
		this.browser.find(By.cssSelector("#diagram .djs-element.path-taken[data-element-id='defineTheWork']"));
		this.browser.find(By.cssSelector("#diagram .djs-connection.path-taken[data-element-id='toDefineTheWork']"));
		assertThat(this.browser.find(By.id("diagram-back")).isDisplayed()).isFalse();
		WebElement openStage = this.browser.find(By.cssSelector("#diagram .open-stage"));
		assertThat(openStage.isDisplayed()).isTrue();
		String defineWork = openStage.getAttribute("data-stage");
		this.browser.find(By.cssSelector("#diagram .djs-element[data-element-id='defineTheWork'] .djs-hit")).click();
		assertDiagramLoaded(defineWork);
		this.browser.find(By.cssSelector("#diagram .djs-element.stands-here[data-element-id='requestRefused']"));
		assertThat(this.browser.find(By.id("diagram-shown")).getText()).contains("Define the work", "ended");
		this.browser.find(By.id("diagram-back")).click();
		assertDiagramLoaded(engagementId);
		this.browser.find(By.linkText("Define the work")).click();
		assertThat(this.browser.find(By.id("diagram-title")).getText()).contains("Define the work");
		assertDiagramLoaded(defineWork);

		this.browser.find(By.id("audit-link")).click();
		assertThat(this.browser.find(By.id("timeline")).getText()).contains("Process started", "Decision evaluated",
				"Process completed");
		this.browser.go("/kpis");
		assertThat(this.browser.find(By.cssSelector(".charts")).getText()).contains("Engagements", "Refused");
	}

	@Test
	void ownerIsToldOfAnUpsideDownBudgetChoosesZoneAndLiaisonFromListsThenWithdrawsTheEngagementWithAReason() {
		this.browser.signIn("owner");
		this.browser.go("/engagements/new");
		this.browser.find(By.id("title")).sendKeys("Newsletter for the spring");
		select("jobCategory", "E-mail marketing");
		this.browser.find(By.id("deliverables")).sendKeys("Three newsletters");
		this.browser.find(By.id("acceptanceCriteria")).sendKeys("Sent on time");
		this.browser.find(By.id("goal")).sendKeys("Spring sales");
		this.browser.find(By.id("budgetMin")).sendKeys("600");
		this.browser.find(By.id("budgetMax")).sendKeys("400");
		this.browser.find(By.id("budgetBasis-fixed")).click();
		this.browser.setValue("cutOffDate", "2031-12-31");
		this.browser.find(By.id("schedule")).sendKeys("March to May");
		// the time zones (IANA, sorted) and the people of the liaison group are lists
		// the process gives, drawn as selects; a working hour has a time picker
		List<String> zones = optionValues("ownerTimeZone");
		assertThat(zones).contains("Europe/Berlin", "America/New_York", "UTC").isSorted();
		assertThat(optionValues("liaison")).contains("liaison").doesNotContain("owner", "contractor");
		assertThat(this.browser.find(By.id("ownerWorkStart")).getAttribute("type")).isEqualTo("time");
		selectValue("ownerTimeZone", "Europe/Berlin");
		select("dataSensitivity", "None");
		selectValue("liaison", "liaison");
		this.browser.find(By.cssSelector("#start-form button[type=submit]")).click();

		assertThat(this.browser.find(By.id("budgetMax-error")).getText()).startsWith("Budget up to: ")
			.contains("at least the budget from (600.00)");
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(this.browser.find(By.id("error-summary")).findElements(By.tagName("a")))
			.extracting((link) -> link.getAttribute("href").replaceAll("^.*#", ""))
			.containsExactly("budgetMax");
		assertThat(
				new org.openqa.selenium.support.ui.Select(this.browser.find(By.id("liaison"))).getFirstSelectedOption()
					.getAttribute("value"))
			.isEqualTo("liaison");
		this.browser.find(By.id("budgetMax")).clear();
		this.browser.find(By.id("budgetMax")).sendKeys("900");
		this.browser.find(By.cssSelector("#start-form button[type=submit]")).click();
		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("started");
		String engagementId = this.browser.path().replaceAll("^/engagements/([^/?#]+).*$", "$1");

		this.browser.find(By.id("withdraw-button")).click();
		this.browser.driver().switchTo().alert().accept();
		assertThat(this.browser.find(By.id("withdraw-reason-error")).getText())
			.startsWith("Reason for the withdrawal: is required");
		assertThat(this.engagements.find(engagementId).orElseThrow().status()).isNotEqualTo(EngagementStatus.WITHDRAWN);

		this.browser.find(By.id("withdraw-reason")).sendKeys("The campaign is cancelled");
		this.browser.find(By.id("withdraw-button")).click();
		this.browser.driver().switchTo().alert().dismiss();
		assertThat(this.engagements.find(engagementId).orElseThrow().status())
			.as("nothing happens when the owner says no to the question")
			.isNotEqualTo(EngagementStatus.WITHDRAWN);
		this.browser.find(By.id("withdraw-button")).click();
		this.browser.driver().switchTo().alert().accept();

		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("withdrawn");
		assertThat(this.browser.find(By.id("status")).getText()).contains("Withdrawn",
				"Withdrawn by owner: The campaign is cancelled");
		assertThat(this.browser.driver().findElements(By.id("withdraw-button"))).isEmpty();
		assertThat(this.tasks.createTaskQuery().processInstanceIdWithChildren(engagementId).count()).isZero();
	}

	@Test
	void aContractorSeesOnlyTheirOwnTask() {
		String mine = signature("contractor");
		String theirs = signature("contractor2");
		Task myTask = taskOf(mine);
		Task theirTask = taskOf(theirs);
		this.browser.signIn("contractor");

		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("#inbox tbody tr"));
		assertThat(rows).extracting((row) -> row.getAttribute("data-task-id")).containsExactly(myTask.getId());
		assertThat(this.browser.driver().findElements(By.linkText("Engagements"))).isEmpty();

		this.browser.go("/tasks/" + myTask.getId());
		assertThat(this.browser.find(By.id("ro-paymentTerms")).getText()).contains("Net 14 days");
		assertThat(this.browser.find(By.id("signatureName")).isEnabled()).isTrue();

		this.browser.go("/tasks/" + theirTask.getId());
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
		assertThat(this.browser.text()).doesNotContain("Sign contract");
		this.browser.go("/engagements");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Not for your role");
	}

	@Test
	void eachOfParallelScreeningsOpensWithOnlyItsOwnAnswersInThePageAndTheApi() throws Exception {
		String processInstanceId = this.runtime
			.startProcessInstanceByKey("uiScreeningEach", Map.of("applicants", List.of("ann", "ben"), "screeningDue",
					Date.from(Instant.now().plus(3, ChronoUnit.DAYS))))
			.getId();
		List<Task> screenings = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.orderByTaskId()
			.asc()
			.list();
		assertThat(screenings).hasSize(2);
		String first = screenings.get(0).getId();
		String second = screenings.get(1).getId();
		this.browser.signIn("recruiter");

		// the second screening's page is open before the first is sent
		this.browser.go("/tasks/" + second);
		this.browser.find(By.id("screeningNotes")).sendKeys("Second applicant: thin samples");
		this.browser.go("/tasks/" + first);
		this.browser.find(By.id("qualified")).click();
		this.browser.find(By.id("screeningScore")).sendKeys("4");
		this.browser.find(By.id("screeningNotes")).sendKeys("First applicant: strong");
		// a destructive outcome looks it and asks first; saying no sends nothing
		assertThat(this.browser.find(By.id("outcome-reject")).getAttribute("class")).contains("danger");
		this.browser.find(By.id("outcome-reject")).click();
		assertThat(this.browser.driver().switchTo().alert().getText()).startsWith("Reject this application?");
		this.browser.driver().switchTo().alert().dismiss();
		assertThat(this.tasks.createTaskQuery().taskId(first).count()).isEqualTo(1);
		this.browser.find(By.id("outcome-reject")).click();
		this.browser.driver().switchTo().alert().accept();
		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("is completed");

		this.browser.go("/tasks/" + second);
		assertThat(this.browser.find(By.id("qualified")).isSelected()).isFalse();
		assertThat(this.browser.find(By.id("screeningScore")).getAttribute("value")).isEmpty();
		assertThat(this.browser.find(By.id("screeningNotes")).getAttribute("value")).isEmpty();
		HttpResponse<String> form = api("recruiter", "GET", "/api/tasks/" + second + "/form", null);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).doesNotContain("screeningScore\":").doesNotContain("First applicant");

		this.browser.find(By.id("screeningScore")).sendKeys("2");
		this.browser.find(By.id("outcome-reject")).click();
		this.browser.driver().switchTo().alert().accept();
		assertThat(this.browser.find(By.cssSelector(".message.notice")).getText()).contains("is completed");
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName("screeningScore")
			.list()).extracting((variable) -> variable.getValue()).containsExactlyInAnyOrder(4, 2);
		assertThat(variables(processInstanceId)).as("nothing of either screening is the whole process's")
			.doesNotContainKeys("screeningScore", "screeningNotes", "qualified");
	}

	@Test
	void aRefusalOfTheStepAfterTheTaskStaysOnThePageAtItsFieldWithTheFocusOnTheSummary() {
		String processInstanceId = signature("contractor");
		Task task = taskOf(processInstanceId);
		this.browser.signIn("contractor");
		this.browser.go("/tasks/" + task.getId());
		this.browser.find(By.id("signatureName")).sendKeys("Carla Contractor");
		this.browser.find(By.id("outcome-sign")).click();

		WebElement error = this.browser.find(By.id("agreeToTerms-error"));
		assertThat(error.getText()).startsWith("I have read and agree to the terms").contains("tick it");
		assertThat(this.browser.find(By.id("signatureName")).getAttribute("value")).isEqualTo("Carla Contractor");
		WebElement summary = this.browser.find(By.id("error-summary"));
		assertThat(this.browser.driver().switchTo().activeElement()).isEqualTo(summary);
		WebElement link = summary.findElement(By.cssSelector("a[href='#agreeToTerms']"));
		assertThat(link.getText()).isEqualTo(error.getText());
		link.click();
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("agreeToTerms");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
	}

	private HttpResponse<String> api(String user, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The viewer shows this process instance; the picture for browsers without JavaScript
	 * is there too.
	 */
	private void assertDiagramLoaded(String processInstanceId) {
		this.browser.waitFor(By.cssSelector("#diagram[data-loaded='true'][data-process='" + processInstanceId + "']"));
		Object png = this.browser.script(
				"return fetch(arguments[0].href).then(function (r) {"
						+ " return r.headers.get('Content-Type') + ' ' + r.status; });",
				this.browser.find(By.id("diagram-png")));
		assertThat(png).isEqualTo("image/png 200");
	}

	private void selectValue(String id, String value) {
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id(id))).selectByValue(value);
	}

	/** The values a select offers, its empty "Choose…" left out. */
	private List<String> optionValues(String id) {
		return this.browser.find(By.id(id))
			.findElements(By.tagName("option"))
			.stream()
			.map((option) -> option.getAttribute("value"))
			.filter((value) -> !value.isEmpty())
			.toList();
	}

	private void select(String id, String optionText) {
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id(id))).selectByVisibleText(optionText);
	}

	private String screening(Instant due) {
		return this.runtime.startProcessInstanceByKey("uiScreening", Map.of("screeningDue", Date.from(due))).getId();
	}

	private String signature(String contractor) {
		return this.runtime.startProcessInstanceByKey("uiSignature",
				Map.of("contractorUserId", contractor, "offerExpiresAt",
						Date.from(Instant.now().plus(5, ChronoUnit.DAYS)), "title", "Newsletter", "paymentTerms",
						"Net 14 days", "trialFee", new BigDecimal("150.00"), "offerId", "0"))
			.getId();
	}

	private Task taskOf(String processInstanceId) {
		return this.tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	private Map<String, Object> variables(String processInstanceId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.includeProcessVariables()
			.singleResult();
		return instance.getProcessVariables();
	}

}
