package org.outsourcing.lifecycle.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.outsourcing.lifecycle.diagram.DiagramRenderer;
import org.springframework.stereotype.Component;

/**
 * A process instance's diagram showing where it stands: the active activities outlined
 * and the sequence flows it took highlighted. Taken from the history, so an ended
 * instance shows its path and the end it reached, which Flowable's REST API cannot draw.
 * The engagement page shows {@link #state} in bpmn-js's viewer; {@link #png} is the
 * picture for browsers without JavaScript.
 */
@Component
class EngagementDiagram {

	private final HistoryService history;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final DiagramRenderer renderer = new DiagramRenderer();

	EngagementDiagram(HistoryService history, RuntimeService runtime, RepositoryService repository) {
		this.history = history;
		this.runtime = runtime;
		this.repository = repository;
	}

	byte[] png(HistoricProcessInstance instance) {
		BpmnModel model = this.repository.getBpmnModel(instance.getProcessDefinitionId());
		List<HistoricActivityInstance> passed = passed(instance);
		return this.renderer.png(model, current(instance, passed), flows(passed));
	}

	/**
	 * The instance's model (BPMN XML) with where it stands ({@code active}: the
	 * activities it waits in, or the ends it reached once it ended), the activities it
	 * completed, the flows it took and, per call activity, the stage (process instance)
	 * it called last.
	 */
	DiagramState state(HistoricProcessInstance instance) {
		List<HistoricActivityInstance> passed = passed(instance);
		List<String> completed = passed.stream()
			.filter((activity) -> activity.getEndTime() != null && !"sequenceFlow".equals(activity.getActivityType()))
			.map(HistoricActivityInstance::getActivityId)
			.distinct()
			.toList();
		Map<String, String> stages = new LinkedHashMap<>();
		passed.stream()
			.filter((activity) -> activity.getCalledProcessInstanceId() != null)
			.forEach((activity) -> stages.put(activity.getActivityId(), activity.getCalledProcessInstanceId()));
		return new DiagramState(instance.getId(),
				(instance.getProcessDefinitionName() != null) ? instance.getProcessDefinitionName()
						: instance.getProcessDefinitionKey(),
				instance.getEndTime() != null, instance.getSuperProcessInstanceId(), model(instance),
				current(instance, passed), completed, flows(passed), stages);
	}

	private List<HistoricActivityInstance> passed(HistoricProcessInstance instance) {
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list();
	}

	private static List<String> flows(List<HistoricActivityInstance> passed) {
		return passed.stream()
			.filter((activity) -> "sequenceFlow".equals(activity.getActivityType()))
			.map(HistoricActivityInstance::getActivityId)
			.distinct()
			.toList();
	}

	private List<String> current(HistoricProcessInstance instance, List<HistoricActivityInstance> passed) {
		List<String> current = new ArrayList<>();
		if (instance.getEndTime() == null) {
			current.addAll(this.runtime.getActiveActivityIds(instance.getId()));
		}
		else {
			passed.stream()
				.filter((activity) -> "endEvent".equals(activity.getActivityType()))
				.map(HistoricActivityInstance::getActivityId)
				.forEach(current::add);
		}
		return current.stream().distinct().toList();
	}

	private String model(HistoricProcessInstance instance) {
		try (InputStream in = this.repository.getProcessModel(instance.getProcessDefinitionId())) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the engagement page's viewer shows of one process instance. */
	record DiagramState(String processInstanceId, String name, boolean ended, String calledBy, String model,
			List<String> active, List<String> completed, List<String> flows, Map<String, String> stages) {
	}

}
