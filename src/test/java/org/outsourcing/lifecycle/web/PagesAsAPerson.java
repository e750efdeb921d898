package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person does in the pages, for the browser test that walks a whole engagement:
 * sign in, open a task from the inbox, fill its fields, press an outcome, act on a wait.
 * Every kind of page it lands on is checked once with axe-core; the serious and critical
 * violations are collected for the test to assert on at the end. Where a system property
 * {@code screenshots} names a directory, {@link #screenshot} saves PNGs there.
 */
final class PagesAsAPerson {

	private static final Logger logger = LoggerFactory.getLogger(PagesAsAPerson.class);

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private final Browser browser;

	private final Set<String> checkedPages = new HashSet<>();

	private final List<String> violations = new ArrayList<>();

	private final Path screenshots;

	PagesAsAPerson(Browser browser) {
		this.browser = browser;
		String directory = System.getProperty("screenshots");
		this.screenshots = (directory == null || directory.isBlank()) ? null : Path.of(directory);
	}

	Browser browser() {
		return this.browser;
	}

	void signIn(String user, String password) {
		if (!this.checkedPages.contains("login")) {
			this.browser.driver().manage().deleteAllCookies();
			open("/login", "login");
		}
		this.browser.signIn(user, password);
		checkAccessibility("inbox");
	}

	/** Opens a page by its address, as a bookmark or a link in a mail would. */
	void open(String path, String pageKind) {
		this.browser.go(path);
		this.browser.waitFor(By.tagName("main"));
		checkAccessibility(pageKind);
	}

	/**
	 * From the inbox, the task of this name in this engagement: the person reads its name
	 * and the engagement's title in the list and follows the link.
	 */
	void openTask(String taskName, String engagementTitle) {
		this.browser.go("/");
		WebElement row = this.browser.driver()
			.findElements(By.cssSelector("#inbox tbody tr"))
			.stream()
			.filter((candidate) -> candidate.findElement(By.cssSelector("a.task-link")).getText().equals(taskName)
					&& candidate.findElement(By.cssSelector("td[data-label=Engagement]"))
						.getText()
						.equals(engagementTitle))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"No task '" + taskName + "' for '" + engagementTitle + "' in the inbox: " + this.browser.text()));
		row.findElement(By.cssSelector("a.task-link")).click();
		this.browser.waitFor(By.id("task-form"));
		checkAccessibility("task " + taskName);
	}

	void type(String fieldId, Object value) {
		WebElement field = this.browser.find(By.id(fieldId));
		String type = field.getAttribute("type");
		if ("date".equals(type) || "time".equals(type)) {
			this.browser.setValue(fieldId, value.toString());
			return;
		}
		if ("select".equals(field.getTagName())) {
			new Select(field).selectByValue(value.toString());
			return;
		}
		field.clear();
		field.sendKeys(value.toString());
	}

	/** Picks the first real option of a dropdown (its first entry is "Choose…"). */
	String chooseFirst(String fieldId) {
		Select select = new Select(this.browser.find(By.id(fieldId)));
		select.selectByIndex(1);
		return select.getFirstSelectedOption().getText();
	}

	void tick(String fieldId) {
		WebElement box = this.browser.find(By.id(fieldId));
		if (!box.isSelected()) {
			box.click();
		}
	}

	void choose(String fieldId, String option) {
		this.browser.find(By.id(fieldId + "-" + option)).click();
	}

	/**
	 * Presses an outcome button (accepting its confirmation when it asks) and expects the
	 * inbox with "Done".
	 */
	void press(String outcome) {
		this.browser.find(By.id("outcome-" + outcome)).click();
		acceptConfirmation();
		expectNotice("is completed");
	}

	/** The start form's single button. */
	void submitForm(String formId) {
		this.browser.find(By.cssSelector("#" + formId + " button[type=submit]")).click();
		acceptConfirmation();
	}

	/** On the engagement page: ends the wait whose name starts with {@code what}. */
	void endWait(String engagementId, String what, String reason) {
		open("/engagements/" + engagementId, "engagement");
		WebElement row = this.browser.driver()
			.findElements(By.cssSelector("#wait-list tbody tr"))
			.stream()
			.filter((candidate) -> candidate.findElement(By.cssSelector("td[data-label='Waits for']"))
				.getText()
				.startsWith(what))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"The engagement does not wait for '" + what + "': " + this.browser.find(By.id("waits")).getText()));
		row.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
		row.findElement(By.cssSelector("button[id^='end-']")).click();
		acceptConfirmation();
		expectNotice("");
	}

	void expectNotice(String containing) {
		try {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message.notice")));
		}
		catch (RuntimeException ex) {
			throw new AssertionError(
					"Expected a notice at " + this.browser.path() + " but the page says: " + this.browser.text(), ex);
		}
		String notice = this.browser.find(By.cssSelector(".message.notice")).getText();
		if (!notice.contains(containing)) {
			throw new AssertionError("Notice '" + notice + "' does not say '" + containing + "'");
		}
	}

	String text(By by) {
		return this.browser.find(by).getText();
	}

	/**
	 * Saves the whole page as {@code name}.png when screenshots are asked for: the window
	 * grows to the page's height, up to 3,000 px.
	 */
	void screenshot(String name, int width) throws IOException {
		screenshot(name, width, 3000);
	}

	/**
	 * Saves the page's top {@code maxHeight} pixels, for pages whose parts grow with the
	 * window (the diagram takes 70 % of its height).
	 */
	void screenshot(String name, int width, int maxHeight) throws IOException {
		if (this.screenshots == null) {
			return;
		}
		Files.createDirectories(this.screenshots);
		this.browser.resize(width, 800);
		Number height = (Number) this.browser.script("return document.documentElement.scrollHeight;");
		this.browser.resize(width, Math.min(height.intValue() + 140, maxHeight));
		Files.write(this.screenshots.resolve(name + ".png"), this.browser.screenshot());
		this.browser.resize(1280, 900);
	}

	/** Each serious or critical axe-core violation met, one line per rule and page. */
	List<String> accessibilityViolations() {
		return this.violations;
	}

	/** Runs axe-core on the page once per kind of page. */
	void checkAccessibility(String pageKind) {
		logger.info("On the page: {} ({})", pageKind, this.browser.path());
		if (!this.checkedPages.add(pageKind)) {
			return;
		}
		int banners = this.browser.driver().findElements(By.cssSelector("header.top")).size();
		if (banners > 1) {
			this.violations.add(pageKind + " (" + this.browser.path() + "): " + banners + " page headers");
		}
		Results results = new AxeBuilder().analyze(this.browser.driver());
		for (Rule rule : results.getViolations()) {
			if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
				this.violations.add(pageKind + " (" + this.browser.path() + "): " + rule.getImpact() + " "
						+ rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes()
							.stream()
							.map((node) -> node.getTarget() + " " + node.getFailureSummary())
							.limit(3)
							.toList());
			}
		}
	}

	private void acceptConfirmation() {
		try {
			Alert alert = this.browser.driver().switchTo().alert();
			alert.accept();
		}
		catch (NoAlertPresentException ex) {
			// the action asked nothing
		}
	}

}
