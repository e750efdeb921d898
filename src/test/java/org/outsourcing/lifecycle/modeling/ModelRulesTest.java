package org.outsourcing.lifecycle.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's rules for the files in {@code processes/} and {@code forms/}, checked on
 * every build with the same {@link ModelRules} that guard every deployment; plus what
 * only the repository can tell: every form is used, every process id is its file's name,
 * every {@code incoming}/{@code outgoing} names a flow of the file.
 */
@SpringBootTest
class ModelRulesTest {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final String FLOWABLE = "http://flowable.org/bpmn";

	@Autowired
	ModelRules rules;

	@Test
	void everyModelFollowsTheProductsRules() {
		Map<String, byte[]> files = ModelFiles.all();
		assertThat(files.keySet()).as("process models in processes/").anyMatch(ModelResources::isBpmn);
		assertThat(this.rules.check(files)).as("rule violations").isEmpty();
	}

	@Test
	void aTaskAddedWithoutFormGroupDeadlineOrFlowsIsReportedByItsId() {
		Map<String, byte[]> files = ModelFiles.all();
		files.put("processes/jobAd.bpmn20.xml",
				ModelFiles.withInProcess(ModelFiles.model("jobAd"), "<userTask id=\"approveAd\" name=\"Approve ad\"/>")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(this.rules.check(files)).extracting(ModelProblem::toString)
			.containsExactlyInAnyOrder("jobAd.bpmn20.xml, approveAd: user task has no diagram shape",
					"jobAd.bpmn20.xml, approveAd: user task has no incoming sequence flow: nothing reaches it",
					"jobAd.bpmn20.xml, approveAd: user task has no outgoing sequence flow: end the path with a named end event",
					"jobAd.bpmn20.xml, approveAd: user task has no form (flowable:formKey)",
					"jobAd.bpmn20.xml, approveAd: user task has no candidate group, candidate user or assignee",
					"jobAd.bpmn20.xml, approveAd: user task has no due date (flowable:dueDate)",
					"jobAd.bpmn20.xml, approveAd: user task has no deadline (a timer boundary event on it)");
	}

	@Test
	void referencesToBeansGroupsFormsProcessesAndDecisionsMustResolve() {
		String model = ModelFiles.model("defineWork")
			.replace("${recordWorkDefinition}", "${recordWorkDefinitionTypo}")
			.replace("flowable:candidateGroups=\"owner\"", "flowable:candidateGroups=\"owners\"")
			.replace("<flowable:string>outsourcingAllowed</flowable:string>",
					"<flowable:string>outsourcingAllowedV2</flowable:string>");
		String engagement = ModelFiles.model("outsourcingEngagement")
			.replace("calledElement=\"jobAd\"", "calledElement=\"jobAdvert\"");
		Map<String, byte[]> files = Map.of("defineWork.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8),
				"outsourcingEngagement.bpmn20.xml", engagement.getBytes(StandardCharsets.UTF_8));
		List<String> problems = this.rules.check(files).stream().map(ModelProblem::toString).toList();
		assertThat(problems)
			.anyMatch((p) -> p.startsWith("defineWork.bpmn20.xml, recordWorkDefinition")
					&& p.contains("'${recordWorkDefinitionTypo}' names no bean"))
			.anyMatch((p) -> p.startsWith("defineWork.bpmn20.xml, confirmCoreWork")
					&& p.endsWith("candidate group 'owners' does not exist"))
			.anyMatch((p) -> p.startsWith("defineWork.bpmn20.xml, checkOutsourcingPolicy")
					&& p.endsWith("decision 'outsourcingAllowedV2' is neither in this deployment nor deployed"))
			.contains(
					"outsourcingEngagement.bpmn20.xml, advertiseWork: called process 'jobAdvert' is neither in this deployment nor deployed");
	}

	@Test
	void aFormDeployedWithTheModelCountsAndABrokenOneIsReported() {
		String model = ModelFiles.model("jobAd")
			.replace("flowable:formKey=\"writeAd\"", "flowable:formKey=\"writeAdV2\"");
		String form = "{\"key\": \"writeAdV2\", \"name\": \"Write ad\", \"fields\": [{\"id\": \"adText\", "
				+ "\"name\": \"Ad text\", \"type\": \"multi-line-text\", \"required\": true}]}";
		Map<String, byte[]> files = Map.of("jobAd.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8));
		assertThat(this.rules.check(files)).extracting(ModelProblem::toString)
			.containsExactly("jobAd.bpmn20.xml, writeAd: form 'writeAdV2' is neither in this deployment nor in forms/");
		assertThat(this.rules.check(Map.of("jobAd.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8),
				"forms/writeAdV2.form", form.getBytes(StandardCharsets.UTF_8))))
			.isEmpty();
		assertThat(this.rules.check(Map.of("jobAd.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8), "writeAdV2.form",
				form.replace("multi-line-text", "essay").getBytes(StandardCharsets.UTF_8))))
			.extracting(ModelProblem::toString)
			.anyMatch(
					(p) -> p.startsWith("writeAdV2.form: forms/writeAdV2.form, field 'adText': unknown type 'essay'"));
	}

	@Test
	void everyFormIsUsedAndEveryProcessIdIsItsFileName() throws Exception {
		List<String> findings = new ArrayList<>();
		Set<String> formsUsed = new HashSet<>();
		for (Path model : files("processes", ".bpmn20.xml")) {
			Document doc = parse(model);
			String file = "processes/" + model.getFileName();
			NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
			Set<String> flows = new HashSet<>();
			for (int i = 0; i < all.getLength(); i++) {
				Element element = (Element) all.item(i);
				if ("sequenceFlow".equals(element.getLocalName())) {
					flows.add(element.getAttribute("id"));
				}
				String formKey = element.getAttributeNS(FLOWABLE, "formKey");
				if (!formKey.isEmpty()) {
					formsUsed.add(formKey);
				}
				if ("process".equals(element.getLocalName())
						&& !model.getFileName().toString().equals(element.getAttribute("id") + ".bpmn20.xml")) {
					findings.add(file + ": process id '" + element.getAttribute("id") + "' is not the file name");
				}
			}
			for (String ref : List.of("incoming", "outgoing")) {
				NodeList refs = doc.getElementsByTagNameNS(BPMN, ref);
				for (int i = 0; i < refs.getLength(); i++) {
					if (!flows.contains(refs.item(i).getTextContent().trim())) {
						findings.add(file + ": " + ref + " names unknown flow '" + refs.item(i).getTextContent() + "'");
					}
				}
			}
		}
		for (Path form : files("forms", ".form")) {
			String key = form.getFileName().toString().replace(".form", "");
			if (!formsUsed.contains(key)) {
				findings.add("forms/" + key + ".form: no user task or start event uses this form");
			}
		}
		assertThat(findings).as("rule violations").isEmpty();
	}

	@Test
	void everyFormFileNamesItsOwnKey() throws IOException {
		ObjectMapper json = new ObjectMapper();
		for (Path file : files("forms", ".form")) {
			JsonNode form = json.readTree(file.toFile());
			assertThat(form.path("key").asText()).as(file + " key")
				.isEqualTo(file.getFileName().toString().replace(".form", ""));
			assertThat(form.path("name").asText()).as(file + " name").isNotBlank();
		}
	}

	private static List<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			return files.filter((f) -> f.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Document parse(Path model) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = Files.newInputStream(model)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

}
