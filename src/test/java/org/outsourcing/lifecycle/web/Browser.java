package org.outsourcing.lifecycle.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, for the browser tests. Where
 * {@code /usr/bin/chromedriver} is missing the tests are skipped (CI installs it).
 */
final class Browser implements AutoCloseable {

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final String CHROMIUM = "/usr/bin/chromium";

	private final ChromeDriver driver;

	private final Path profile;

	private String base;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser open(int width, int height) throws IOException {
		Assumptions.assumeTrue(CHROMEDRIVER.canExecute(),
				"Browser tests skipped: /usr/bin/chromedriver is not installed (apt-get install chromium chromium-driver)");
		Path profile = Files.createTempDirectory("lifecycle-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, profile);
	}

	Browser at(int port) {
		this.base = "http://localhost:" + port;
		return this;
	}

	WebDriver driver() {
		return this.driver;
	}

	void go(String path) {
		this.driver.get(this.base + path);
	}

	/** Signs in afresh: the previous user's session is dropped first. */
	void signIn(String user) {
		signIn(user, "demo");
	}

	/** Signs in afresh with this password; fails with what the page says when refused. */
	void signIn(String user, String password) {
		this.driver.manage().deleteAllCookies();
		go("/login");
		find(By.id("username")).sendKeys(user);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("form button[type=submit]")).click();
		try {
			waitFor(By.cssSelector("header.top"));
		}
		catch (RuntimeException ex) {
			throw new AssertionError(user + " could not sign in at " + path() + ": " + text(), ex);
		}
	}

	WebElement find(By by) {
		return waitFor(by);
	}

	WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Sets an input's value by script: date inputs take typed text in the locale's order.
	 */
	void setValue(String id, String value) {
		this.driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	byte[] screenshot() {
		return this.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
