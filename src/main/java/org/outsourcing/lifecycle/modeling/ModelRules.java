package org.outsourcing.lifecycle.modeling;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.stereotype.Component;

/**
 * The product's rules for a deployment, checked before anything of it is deployed (at
 * start-up, through {@code /process-api}, the UI and the Java API alike, see
 * {@code ModelingEngineConfiguration}, through {@code core.engine.DeploymentChecks}) and
 * by {@code ModelRulesTest} on {@code processes/} and {@code forms/}: every user task has
 * a form, a group or assignee (groups that exist), a due date and a deadline timer;
 * delegate expressions name beans; called processes, DMN decisions and forms exist in the
 * deployment or are deployed already; every flow element is named, has a readable id, is
 * connected and has diagram interchange.
 */
@Component
public class ModelRules {

	private static final Pattern READABLE_ID = Pattern.compile("[a-z][A-Za-z0-9]*");

	private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\b.*}",
			Pattern.DOTALL);

	private final ModelEnvironment environment;

	ModelRules(ModelEnvironment environment) {
		this.environment = environment;
	}

	/** Every broken rule of these files taken as one deployment; empty when it may go. */
	public List<ModelProblem> check(Map<String, byte[]> files) {
		ModelResources resources = new ModelResources(files);
		List<ModelProblem> problems = new ArrayList<>();
		Set<String> forms = forms(resources, problems);
		Set<String> decisions = decisions(resources, problems);
		Map<String, BpmnModel> models = new HashMap<>();
		Set<String> processes = new HashSet<>();
		resources.files().forEach((name, content) -> {
			if (ModelResources.isBpmn(name)) {
				BpmnModel model = parse(ModelResources.fileName(name), content, problems);
				if (model != null) {
					models.put(ModelResources.fileName(name), model);
					model.getProcesses().forEach((process) -> processes.add(process.getId()));
				}
			}
		});
		Deployment deployment = new Deployment(forms, decisions, processes);
		models.forEach((file, model) -> new ModelCheck(file, model, deployment, problems).run());
		return problems;
	}

	private Set<String> forms(ModelResources resources, List<ModelProblem> problems) {
		Set<String> keys = new HashSet<>();
		resources.files().forEach((name, content) -> {
			if (ModelResources.isForm(name)) {
				try {
					keys.add(FormRegistry.read(ModelResources.fileName(name), content).key());
				}
				catch (IllegalStateException ex) {
					problems.add(new ModelProblem(ModelResources.fileName(name), null, ex.getMessage()));
				}
			}
		});
		return keys;
	}

	private Set<String> decisions(ModelResources resources, List<ModelProblem> problems) {
		Set<String> keys = new HashSet<>();
		resources.files().forEach((name, content) -> {
			if (ModelResources.isDmn(name)) {
				try {
					NodeList decisions = xml(content).getElementsByTagNameNS("*", "decision");
					for (int i = 0; i < decisions.getLength(); i++) {
						keys.add(((Element) decisions.item(i)).getAttribute("id"));
					}
				}
				catch (Exception ex) {
					problems.add(new ModelProblem(ModelResources.fileName(name), null,
							"not readable as DMN: " + ex.getMessage()));
				}
			}
		});
		return keys;
	}

	private static BpmnModel parse(String file, byte[] content, List<ModelProblem> problems) {
		try {
			return read(content);
		}
		catch (FlowableIllegalArgumentException ex) {
			problems.add(new ModelProblem(file, null, ex.getMessage()));
			return null;
		}
	}

	/**
	 * The model of a BPMN file, read without DTDs or external entities; a file that is no
	 * BPMN or holds no process is refused naming the reason.
	 */
	static BpmnModel read(byte[] content) {
		BpmnModel model;
		try {
			xml(content);
			XMLInputFactory factory = XMLInputFactory.newInstance();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			model = new BpmnXMLConverter().convertToBpmnModel(reader);
		}
		catch (Exception ex) {
			throw new FlowableIllegalArgumentException("not readable as BPMN: " + ex.getMessage());
		}
		if (model.getProcesses().isEmpty()) {
			throw new FlowableIllegalArgumentException("holds no process");
		}
		return model;
	}

	private static Document xml(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		try (InputStream in = new ByteArrayInputStream(content)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}

	/** What the deployment itself brings. */
	private record Deployment(Set<String> forms, Set<String> decisions, Set<String> processes) {
	}

	/** The rules for one BPMN file. */
	private final class ModelCheck {

		private final String file;

		private final BpmnModel model;

		private final Deployment deployment;

		private final List<ModelProblem> problems;

		ModelCheck(String file, BpmnModel model, Deployment deployment, List<ModelProblem> problems) {
			this.file = file;
			this.model = model;
			this.deployment = deployment;
			this.problems = problems;
		}

		void run() {
			for (org.flowable.bpmn.model.Process process : this.model.getProcesses()) {
				for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
					if (element instanceof SequenceFlow flow) {
						flow(flow);
					}
					else if (element instanceof FlowNode node) {
						node(node);
					}
				}
			}
		}

		private void flow(SequenceFlow flow) {
			if (this.model.getFlowLocationGraphicInfo(flow.getId()) == null) {
				problem(flow, "sequence flow has no diagram edge");
			}
			readableId(flow);
		}

		private void node(FlowNode node) {
			String kind = kind(node);
			if (this.model.getGraphicInfo(node.getId()) == null) {
				problem(node, kind + " has no diagram shape");
			}
			if (node.getName() == null || node.getName().isBlank()) {
				problem(node, kind + " has no name");
			}
			readableId(node);
			connected(node, kind);
			listeners(node, node.getExecutionListeners());
			if (node instanceof UserTask task) {
				userTask(task);
			}
			else if (node instanceof StartEvent start && start.getFormKey() != null && !start.getFormKey().isBlank()) {
				form(start, start.getFormKey());
			}
			else if (node instanceof ServiceTask task) {
				serviceTask(task);
			}
			else if (node instanceof CallActivity call) {
				callActivity(call);
			}
		}

		private void connected(FlowNode node, String kind) {
			boolean starts = node instanceof StartEvent || node instanceof BoundaryEvent
					|| node instanceof EventSubProcess
					|| (node instanceof Activity activity && activity.isForCompensation());
			if (!starts && node.getIncomingFlows().isEmpty()) {
				problem(node, kind + " has no incoming sequence flow: nothing reaches it");
			}
			boolean ends = node instanceof EndEvent || node instanceof EventSubProcess
					|| (node instanceof Activity activity && activity.isForCompensation())
					|| (node instanceof BoundaryEvent boundary && boundary.getEventDefinitions()
						.stream()
						.anyMatch((
								definition) -> definition instanceof org.flowable.bpmn.model.CompensateEventDefinition));
			if (!ends && node.getOutgoingFlows().isEmpty()) {
				problem(node, kind + " has no outgoing sequence flow: end the path with a named end event");
			}
		}

		private void userTask(UserTask task) {
			if (task.getFormKey() == null || task.getFormKey().isBlank()) {
				problem(task, "user task has no form (flowable:formKey)");
			}
			else {
				form(task, task.getFormKey());
			}
			boolean assigned = (task.getAssignee() != null && !task.getAssignee().isBlank())
					|| !task.getCandidateUsers().isEmpty() || !task.getCandidateGroups().isEmpty();
			if (!assigned) {
				problem(task, "user task has no candidate group, candidate user or assignee");
			}
			for (String group : task.getCandidateGroups()) {
				String id = group.trim();
				if (!isExpression(id) && !ModelRules.this.environment.groupExists(id)) {
					problem(task, "candidate group '" + id + "' does not exist");
				}
			}
			if (task.getDueDate() == null || task.getDueDate().isBlank()) {
				problem(task, "user task has no due date (flowable:dueDate)");
			}
			boolean deadline = task.getBoundaryEvents()
				.stream()
				.anyMatch((boundary) -> boundary.getEventDefinitions()
					.stream()
					.anyMatch((definition) -> definition instanceof TimerEventDefinition));
			if (!deadline) {
				problem(task, "user task has no deadline (a timer boundary event on it)");
			}
			listeners(task, task.getTaskListeners());
		}

		private void form(FlowNode node, String formKey) {
			String key = FormRegistry.keyOf(formKey);
			if (!this.deployment.forms().contains(key) && !ModelRules.this.environment.sharedFormExists(key)) {
				problem(node, "form '" + key + "' is neither in this deployment nor in forms/");
			}
		}

		private void serviceTask(ServiceTask task) {
			if (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(task.getImplementationType())) {
				bean(task, task.getImplementation());
			}
			if ("dmn".equals(task.getType())) {
				String key = field(task, "decisionTableReferenceKey");
				if (key == null || key.isBlank()) {
					problem(task, "decision task names no decision (field decisionTableReferenceKey)");
				}
				else if (!isExpression(key) && !this.deployment.decisions().contains(key)
						&& !ModelRules.this.environment.decisionDeployed(key)) {
					problem(task, "decision '" + key + "' is neither in this deployment nor deployed");
				}
			}
		}

		private void callActivity(CallActivity call) {
			String called = call.getCalledElement();
			if (called == null || called.isBlank()) {
				problem(call, "call activity names no process (calledElement)");
			}
			else if (!isExpression(called) && !this.deployment.processes().contains(called)
					&& !ModelRules.this.environment.processDeployed(called)) {
				problem(call, "called process '" + called + "' is neither in this deployment nor deployed");
			}
		}

		private void listeners(FlowElement element, List<FlowableListener> listeners) {
			for (FlowableListener listener : listeners) {
				if (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION
					.equals(listener.getImplementationType())) {
					bean(element, listener.getImplementation());
				}
			}
		}

		private void bean(FlowElement element, String expression) {
			Matcher bean = BEAN_EXPRESSION.matcher((expression != null) ? expression.trim() : "");
			if (!bean.matches()) {
				problem(element, "delegate expression '" + expression + "' does not name a bean: write ${beanName}");
			}
			else if (!ModelRules.this.environment.beanExists(bean.group(1))) {
				problem(element, "delegate expression '" + expression
						+ "' names no bean that models may use (the engine's expression allow-list)");
			}
		}

		private static String field(ServiceTask task, String name) {
			for (FieldExtension field : task.getFieldExtensions()) {
				if (name.equals(field.getFieldName())) {
					return (field.getStringValue() != null) ? field.getStringValue() : field.getExpression();
				}
			}
			return null;
		}

		private void readableId(FlowElement element) {
			if (element.getId() == null || !READABLE_ID.matcher(element.getId()).matches()) {
				problem(element, "id is not lowerCamelCase (letters and digits, starting lower case)");
			}
		}

		private static String kind(FlowNode node) {
			String type = node.getClass().getSimpleName();
			StringBuilder words = new StringBuilder();
			for (char c : type.toCharArray()) {
				if (Character.isUpperCase(c) && !words.isEmpty()) {
					words.append(' ');
				}
				words.append(Character.toLowerCase(c));
			}
			return words.toString();
		}

		private void problem(FlowElement element, String message) {
			this.problems.add(new ModelProblem(this.file, element.getId(), message));
		}

	}

}
