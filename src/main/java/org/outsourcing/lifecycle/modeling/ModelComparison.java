package org.outsourcing.lifecycle.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;

/**
 * What changed between two versions of a model, element by element (ids are stable, so an
 * element with the same id is the same element): what was added, removed, and for the
 * rest the name, type and the Flowable attributes the product uses.
 */
final class ModelComparison {

	private ModelComparison() {
	}

	static List<ElementChange> between(BpmnModel from, BpmnModel to) {
		Map<String, FlowElement> before = elements(from);
		Map<String, FlowElement> after = elements(to);
		List<ElementChange> changes = new ArrayList<>();
		before.forEach((id, element) -> {
			FlowElement now = after.get(id);
			if (now == null) {
				changes.add(new ElementChange(ElementChange.Kind.REMOVED, id, type(element), describe(element)));
			}
			else {
				Map<String, String> was = attributes(element);
				Map<String, String> is = attributes(now);
				List<String> differences = new ArrayList<>();
				is.keySet().forEach((name) -> {
					if (!Objects.equals(was.get(name), is.get(name))) {
						differences.add(name + ": " + quoted(was.get(name)) + " → " + quoted(is.get(name)));
					}
				});
				was.keySet()
					.stream()
					.filter((name) -> !is.containsKey(name))
					.forEach((name) -> differences.add(name + ": " + quoted(was.get(name)) + " → none"));
				if (!differences.isEmpty()) {
					changes.add(new ElementChange(ElementChange.Kind.CHANGED, id, type(now),
							String.join("; ", differences)));
				}
			}
		});
		after.forEach((id, element) -> {
			if (!before.containsKey(id)) {
				changes.add(new ElementChange(ElementChange.Kind.ADDED, id, type(element), describe(element)));
			}
		});
		return changes;
	}

	private static Map<String, FlowElement> elements(BpmnModel model) {
		Map<String, FlowElement> elements = new LinkedHashMap<>();
		for (org.flowable.bpmn.model.Process process : model.getProcesses()) {
			for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
				elements.put(element.getId(), element);
			}
		}
		return elements;
	}

	private static Map<String, String> attributes(FlowElement element) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("type", type(element));
		put(attributes, "name", element.getName());
		if (element instanceof UserTask task) {
			put(attributes, "form", task.getFormKey());
			put(attributes, "assignee", task.getAssignee());
			put(attributes, "candidate groups",
					task.getCandidateGroups().isEmpty() ? null : String.join(",", task.getCandidateGroups()));
			put(attributes, "due date", task.getDueDate());
		}
		else if (element instanceof StartEvent start) {
			put(attributes, "form", start.getFormKey());
		}
		else if (element instanceof ServiceTask task) {
			put(attributes, "implementation", task.getImplementation());
			put(attributes, "service type", task.getType());
		}
		else if (element instanceof CallActivity call) {
			put(attributes, "called process", call.getCalledElement());
		}
		else if (element instanceof SequenceFlow flow) {
			put(attributes, "from", flow.getSourceRef());
			put(attributes, "to", flow.getTargetRef());
			put(attributes, "condition", flow.getConditionExpression());
		}
		return attributes;
	}

	private static void put(Map<String, String> attributes, String name, String value) {
		if (value != null && !value.isBlank()) {
			attributes.put(name, value.trim());
		}
	}

	private static String describe(FlowElement element) {
		if (element instanceof SequenceFlow flow) {
			return flow.getSourceRef() + " → " + flow.getTargetRef();
		}
		return (element.getName() != null) ? element.getName() : "";
	}

	static String type(FlowElement element) {
		String simple = element.getClass().getSimpleName();
		return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
	}

	private static String quoted(String value) {
		return (value != null) ? "'" + value + "'" : "none";
	}

}
