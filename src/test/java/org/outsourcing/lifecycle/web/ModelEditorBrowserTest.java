package org.outsourcing.lifecycle.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-app modeler in a real browser: bpmn-js with the flowable: descriptor keeps every
 * Flowable attribute and extension element of our models and of a Flowable Design file on
 * a round trip; an admin opens the deployed {@code jobAd}, selects a task, renames it and
 * empties its form key in the properties form, sees the problem marked on the task, fixes
 * it, sees the changes, deploys the next version, and opens a file from disk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelEditorBrowserTest {

	private static final String FLOWABLE = "http://flowable.org/bpmn";

	private static final Path DESIGN_FILE = Path.of("src/test/resources/modeling/flowable-design-extensions.bpmn");

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = Browser.open(1400, 1000).at(this.port);
		this.browser.signIn("admin");
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aRoundTripThroughTheModelerKeepsEveryFlowableAttributeAndExtensionElement() throws Exception {
		openEditor(latest().getVersion());
		Map<String, String> files = new TreeMap<>();
		try (var paths = Files.list(Path.of("processes"))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".bpmn20.xml")).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		}
		files.put(DESIGN_FILE.getFileName().toString(), Files.readString(DESIGN_FILE));
		assertThat(files).hasSizeGreaterThan(9);
		for (Map.Entry<String, String> file : files.entrySet()) {
			String saved = (String) ((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
				.executeAsyncScript("var done = arguments[arguments.length - 1];"
						+ "var div = document.createElement('div'); document.body.appendChild(div);"
						+ "var modeler = new BpmnJS({ container: div, moddleExtensions: { flowable: FlowableModdle } });"
						+ "modeler.importXML(arguments[0]).then(function (r) {"
						+ "  if (r.warnings.length) { done('WARNINGS ' + r.warnings.map(function (w) { return w.message; }).join('; ')); return; }"
						+ "  return modeler.saveXML({ format: true }).then(function (s) { done(s.xml); }); })"
						+ ".catch(function (e) { done('ERROR ' + e.message); })"
						+ ".then(function () { modeler.destroy(); div.remove(); });", file.getValue());
			assertThat(saved).as(file.getKey()).startsWith("<?xml");
			List<String> before = flowableParts(file.getValue());
			assertThat(before).as(file.getKey()).isNotEmpty();
			assertThat(flowableParts(saved)).as(file.getKey()).containsExactlyElementsOf(before);
		}
	}

	@Test
	void anAdminRenamesATaskFixesAProblemShownOnItSeesTheChangesAndDeploys() {
		ProcessDefinition before = latest();
		openEditor(before.getVersion());
		this.browser.find(By.cssSelector(".djs-element[data-element-id='writeAd'] .djs-hit")).click();
		waitUntilText(By.id("prop-type"), "UserTask writeAd");
		assertThat(this.browser.find(By.id("prop-formKey")).getAttribute("value")).isEqualTo("writeAd");
		assertThat(this.browser.find(By.id("prop-candidateGroups")).getAttribute("value")).isEqualTo("recruiter");
		assertThat(this.browser.find(By.id("prop-delegateExpression")).isDisplayed()).isFalse();

		WebElement name = this.browser.find(By.id("prop-name"));
		name.clear();
		name.sendKeys("Write the job ad", Keys.TAB);
		waitUntilText(By.cssSelector(".djs-element[data-element-id='writeAd'] text"), "Write the job ad");
		WebElement formKey = this.browser.find(By.id("prop-formKey"));
		formKey.clear();
		formKey.sendKeys(Keys.TAB);

		this.browser.find(By.id("validate-model")).click();
		waitUntilText(By.id("problem-list"), "writeAd: user task has no form (flowable:formKey)");
		assertThat(this.browser.find(By.cssSelector(".djs-element.model-problem[data-element-id='writeAd']")))
			.isNotNull();
		assertThat(this.browser.find(By.cssSelector(".djs-overlay-model-problem .problem-badge")).getAttribute("title"))
			.isEqualTo("user task has no form (flowable:formKey)");
		// shown on the task: bpmn-js's overlay positions come from app.css, the CSP
		// refuses its inline styles
		WebElement badge = this.browser.find(By.cssSelector(".djs-overlay-model-problem .problem-badge"));
		WebElement task = this.browser.find(By.cssSelector(".djs-element[data-element-id='writeAd']"));
		assertThat(badge.getText()).isEqualTo("1");
		assertThat(Math.abs(badge.getRect().getX() - (task.getRect().getX() + task.getRect().getWidth())))
			.isLessThan(40);
		this.browser.find(By.id("deploy-model")).click();
		waitUntilText(By.id("editor-status"), "Not deployed: 1 problem(s)");
		assertThat(latest().getVersion()).isEqualTo(before.getVersion());

		this.browser.find(By.cssSelector("#problem-list li[data-element-id='writeAd']")).click();
		waitUntilText(By.id("prop-type"), "UserTask writeAd");
		this.browser.find(By.id("prop-formKey")).sendKeys("writeAd", Keys.TAB);
		this.browser.find(By.id("validate-model")).click();
		waitUntilText(By.id("problems-none"), "None: the model keeps every rule.");
		assertThat(this.browser.driver().findElements(By.cssSelector(".djs-element.model-problem"))).isEmpty();

		this.browser.find(By.id("show-changes")).click();
		waitUntilText(By.cssSelector("#change-list tr[data-element-id='writeAd']"),
				"name: 'Write ad' → 'Write the job ad'");
		assertThat(this.browser.driver().findElements(By.cssSelector("#change-list tbody tr"))).hasSize(1);

		this.browser.find(By.id("deploy-model")).click();
		waitUntilText(By.id("editor-status"), "Deployed as version " + (before.getVersion() + 1));
		ProcessDefinition deployed = latest();
		try {
			assertThat(deployed.getVersion()).isEqualTo(before.getVersion() + 1);
			BpmnModel model = this.repository.getBpmnModel(deployed.getId());
			assertThat(model.getFlowElement("writeAd").getName()).isEqualTo("Write the job ad");
			assertThat(this.browser.find(By.id("download-deployed")).getAttribute("href"))
				.endsWith("/operations/models/jobAd/" + deployed.getVersion() + "/model");

			this.browser.find(By.id("model-file")).sendKeys(DESIGN_FILE.toAbsolutePath().toString());
			waitUntilText(By.id("editor-status"), "Opened \"flowable-design-extensions.bpmn\"");
			this.browser.find(By.cssSelector(".djs-element[data-element-id='call']"));
		}
		finally {
			this.repository.deleteDeployment(deployed.getDeploymentId(), true);
		}
	}

	private void openEditor(int version) {
		this.browser.go("/operations/models/jobAd/" + version + "/editor");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(20))
			.withMessage(
					() -> "the editor did not load the model: " + this.browser.find(By.id("editor-status")).getText())
			.until((driver) -> !driver.findElements(By.cssSelector("#editor-canvas[data-loaded='true']")).isEmpty());
	}

	private void waitUntilText(By by, String text) {
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
			.withMessage(() -> "waiting for '" + text + "' in " + by + "; the page says: "
					+ this.browser.find(By.id("editor-status")).getText() + " / "
					+ this.browser.find(By.id("prop-type")).getText())
			.until((driver) -> !driver.findElements(by).isEmpty() && driver.findElement(by).getText().contains(text));
	}

	private ProcessDefinition latest() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("jobAd")
			.latestVersion()
			.singleResult();
	}

	/**
	 * Every flowable: attribute (with the id of the element it belongs to) and every
	 * flowable: element (with its attributes and text), in document order.
	 */
	static List<String> flowableParts(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		List<String> parts = new ArrayList<>();
		collect(root, "", parts);
		return parts.stream().sorted().toList();
	}

	private static void collect(Element element, String owner, List<String> parts) {
		String id = element.hasAttribute("id") ? element.getAttribute("id") : owner;
		NamedNodeMap attributes = element.getAttributes();
		Map<String, String> own = new TreeMap<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (FLOWABLE.equals(attribute.getNamespaceURI())) {
				parts.add(id + " " + element.getLocalName() + " @" + attribute.getLocalName() + "="
						+ attribute.getValue());
			}
			else if (attribute.getNamespaceURI() == null) {
				own.put(attribute.getName(), attribute.getValue());
			}
		}
		if (FLOWABLE.equals(element.getNamespaceURI())) {
			parts.add(id + " <" + element.getLocalName() + " " + own + ">" + text(element));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collect(childElement, id, parts);
			}
		}
	}

	private static String text(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString().trim();
	}

}
