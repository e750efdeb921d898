package org.outsourcing.lifecycle.web;

import java.util.ArrayList;
import java.util.List;

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
 * and the sequence flows it took highlighted. Drawn from the history, so an ended
 * instance shows its path and the end it reached, which Flowable's REST API cannot draw.
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
		List<HistoricActivityInstance> passed = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.list();
		List<String> flows = passed.stream()
			.filter((activity) -> "sequenceFlow".equals(activity.getActivityType()))
			.map(HistoricActivityInstance::getActivityId)
			.distinct()
			.toList();
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
		return this.renderer.png(model, current.stream().distinct().toList(), flows);
	}

}
