package org.outsourcing.lifecycle.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's rules for the files in {@code processes/} and {@code forms/}, checked on
 * every build: every user task has a form, a group or assignee, a due date and a deadline
 * timer; every form is used; every flow element has diagram interchange; ids are readable
 * and every element has a name.
 */
class ModelRulesTest {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

	private static final String FLOWABLE = "http://flowable.org/bpmn";

	private static final Set<String> FLOW_NODES = Set.of("userTask", "serviceTask", "scriptTask", "businessRuleTask",
			"sendTask", "receiveTask", "manualTask", "task", "callActivity", "subProcess", "startEvent", "endEvent",
			"intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway",
			"inclusiveGateway", "eventBasedGateway");

	@Test
	void everyModelFollowsTheProductsRules() throws Exception {
		List<String> findings = new ArrayList<>();
		Set<String> formsUsed = new HashSet<>();
		Set<String> forms = formKeys();
		List<Path> models = models();
		assertThat(models).as("process models in processes/").isNotEmpty();
		for (Path model : models) {
			check(model, forms, formsUsed, findings);
		}
		for (String form : forms) {
			if (!formsUsed.contains(form)) {
				findings.add("forms/" + form + ".form: no user task or start event uses this form");
			}
		}
		assertThat(findings).as("rule violations").isEmpty();
	}

	@Test
	void everyFormFileNamesItsOwnKey() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".form")).toList()) {
				JsonNode form = json.readTree(file.toFile());
				assertThat(form.path("key").asText()).as(file + " key").isEqualTo(baseName(file));
				assertThat(form.path("name").asText()).as(file + " name").isNotBlank();
			}
		}
	}

	private void check(Path model, Set<String> forms, Set<String> formsUsed, List<String> findings) throws Exception {
		Document doc = parse(model);
		String file = "processes/" + model.getFileName();
		Set<String> withDi = new HashSet<>();
		for (String tag : List.of("BPMNShape", "BPMNEdge")) {
			NodeList di = doc.getElementsByTagNameNS(BPMNDI, tag);
			for (int i = 0; i < di.getLength(); i++) {
				withDi.add(((Element) di.item(i)).getAttribute("bpmnElement"));
			}
		}
		Set<String> timersOn = new HashSet<>();
		NodeList boundaries = doc.getElementsByTagNameNS(BPMN, "boundaryEvent");
		for (int i = 0; i < boundaries.getLength(); i++) {
			Element boundary = (Element) boundaries.item(i);
			if (boundary.getElementsByTagNameNS(BPMN, "timerEventDefinition").getLength() > 0) {
				timersOn.add(boundary.getAttribute("attachedToRef"));
			}
		}
		NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			String tag = element.getLocalName();
			String id = element.getAttribute("id");
			boolean flowNode = FLOW_NODES.contains(tag);
			if ((flowNode || "sequenceFlow".equals(tag)) && !withDi.contains(id)) {
				findings.add(file + ": " + tag + " '" + id + "' has no diagram shape or edge");
			}
			if (flowNode && element.getAttribute("name").isBlank()) {
				findings.add(file + ": " + tag + " '" + id + "' has no name");
			}
			if ((flowNode || "sequenceFlow".equals(tag)) && !id.matches("[a-z][A-Za-z0-9]*")) {
				findings.add(file + ": id '" + id + "' is not lowerCamelCase");
			}
			String formKey = element.getAttributeNS(FLOWABLE, "formKey");
			if (!formKey.isEmpty()) {
				formsUsed.add(formKey);
				if (!forms.contains(formKey)) {
					findings.add(file + ": '" + id + "' names form '" + formKey + "' but forms/" + formKey
							+ ".form does not exist");
				}
			}
			if ("userTask".equals(tag)) {
				if (formKey.isEmpty()) {
					findings.add(file + ": user task '" + id + "' has no formKey");
				}
				if (element.getAttributeNS(FLOWABLE, "candidateGroups").isEmpty()
						&& element.getAttributeNS(FLOWABLE, "candidateUsers").isEmpty()
						&& element.getAttributeNS(FLOWABLE, "assignee").isEmpty()) {
					findings.add(file + ": user task '" + id + "' has no candidate group, candidate user or assignee");
				}
				if (element.getAttributeNS(FLOWABLE, "dueDate").isEmpty()) {
					findings.add(file + ": user task '" + id + "' has no due date");
				}
				if (!timersOn.contains(id)) {
					findings.add(file + ": user task '" + id + "' has no deadline (no timer boundary event)");
				}
			}
			if ("process".equals(tag) && !model.getFileName().toString().startsWith(id + ".")) {
				findings.add(file + ": process id '" + id + "' does not match the file name");
			}
		}
		for (String incomingOrOutgoing : List.of("incoming", "outgoing")) {
			NodeList refs = doc.getElementsByTagNameNS(BPMN, incomingOrOutgoing);
			for (int i = 0; i < refs.getLength(); i++) {
				Node ref = refs.item(i);
				if (doc.getElementById(ref.getTextContent().trim()) == null && !idExists(doc, ref.getTextContent())) {
					findings
						.add(file + ": " + incomingOrOutgoing + " names unknown flow '" + ref.getTextContent() + "'");
				}
			}
		}
	}

	private static boolean idExists(Document doc, String id) {
		NodeList flows = doc.getElementsByTagNameNS(BPMN, "sequenceFlow");
		for (int i = 0; i < flows.getLength(); i++) {
			if (((Element) flows.item(i)).getAttribute("id").equals(id.trim())) {
				return true;
			}
		}
		return false;
	}

	private static Document parse(Path model) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = Files.newInputStream(model)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static List<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter((f) -> f.toString().endsWith(".bpmn20.xml")).sorted().toList();
		}
	}

	private static Set<String> formKeys() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			Set<String> keys = new HashSet<>();
			files.filter((f) -> f.toString().endsWith(".form")).forEach((f) -> keys.add(baseName(f)));
			return keys;
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.indexOf('.'));
	}

}
