package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.Engagements;
import org.springframework.stereotype.Service;

/**
 * Engagements as people ask about them: which exist, where each stands, what is open and
 * which stages it went through. Read from the engine's history, so that ended engagements
 * answer too.
 */
@Service
class EngagementOverview {

	/** The top-level process of an engagement; its instance id is the engagement id. */
	static final String ENGAGEMENT_PROCESS = "outsourcingEngagement";

	static final int LIMIT = 200;

	private final HistoryService history;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final TaskService tasks;

	private final Engagements engagements;

	private final EngineTime time;

	EngagementOverview(HistoryService history, RuntimeService runtime, RepositoryService repository, TaskService tasks,
			Engagements engagements, EngineTime time) {
		this.history = history;
		this.runtime = runtime;
		this.repository = repository;
		this.tasks = tasks;
		this.engagements = engagements;
		this.time = time;
	}

	/** The latest engagements first. */
	List<EngagementSummary> list() {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ENGAGEMENT_PROCESS)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, LIMIT)
			.stream()
			.filter((instance) -> instance.getSuperProcessInstanceId() == null)
			.map(this::summary)
			.toList();
	}

	Optional<EngagementSummary> find(String engagementId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(engagementId)
			.singleResult();
		if (instance == null || instance.getSuperProcessInstanceId() != null) {
			return Optional.empty();
		}
		return Optional.of(summary(instance));
	}

	/** The engagement's process instances, each stage under the one that called it. */
	List<StagePath> stages(String engagementId) {
		List<StagePath> paths = new ArrayList<>();
		HistoricProcessInstance root = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(engagementId)
			.singleResult();
		if (root != null) {
			collect(root, 0, paths);
		}
		return paths;
	}

	List<Task> openTasks(String engagementId) {
		return this.tasks.createTaskQuery()
			.processInstanceIdWithChildren(engagementId)
			.orderByTaskDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.list();
	}

	private void collect(HistoricProcessInstance instance, int depth, List<StagePath> paths) {
		paths.add(new StagePath(instance.getId(),
				(instance.getProcessDefinitionName() != null) ? instance.getProcessDefinitionName()
						: instance.getProcessDefinitionKey(),
				depth, instant(instance.getStartTime()), instant(instance.getEndTime())));
		this.history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.orderByProcessInstanceStartTime()
			.asc()
			.list()
			.forEach((child) -> collect(child, depth + 1, paths));
	}

	private EngagementSummary summary(HistoricProcessInstance instance) {
		Optional<Engagement> record = this.engagements.find(instance.getId());
		boolean running = instance.getEndTime() == null;
		Instant next = this.tasks.createTaskQuery()
			.processInstanceIdWithChildren(instance.getId())
			.taskDueBefore(Date.from(this.time.now().plusSeconds(36_500L * 86_400)))
			.orderByTaskDueDate()
			.asc()
			.listPage(0, 1)
			.stream()
			.map((task) -> task.getDueDate().toInstant())
			.findFirst()
			.orElse(null);
		return new EngagementSummary(instance.getId(), record.map(Engagement::title).orElse("(work being defined)"),
				record.map((engagement) -> engagement.status().name()).orElse(running ? "STARTED" : "ENDED"),
				running ? null : record.map(Engagement::statusReason).orElse(null), stage(instance, running), running,
				instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getStartUserId(), next,
				next != null && next.isBefore(this.time.now()));
	}

	/**
	 * Where a running engagement stands now: its deepest running stages with their active
	 * steps ("Interviews: Interview candidate"), or the end event it reached. A running
	 * engagement's status reason is left out: it tells what happened when the status was
	 * last set ("Ad published"), which is stale by the next stage.
	 */
	private String stage(HistoricProcessInstance instance, boolean running) {
		if (running) {
			return runningStage(instance.getId(), instance.getProcessDefinitionId());
		}
		BpmnModel model = this.repository.getBpmnModel(instance.getProcessDefinitionId());
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityType("endEvent")
			.list()
			.stream()
			.max(Comparator.comparing(HistoricActivityInstance::getEndTime,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.map((end) -> "Ended: " + name(model, end.getActivityId()))
			.orElse("Ended");
	}

	private String runningStage(String processInstanceId, String processDefinitionId) {
		List<ProcessInstance> called = this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(processInstanceId)
			.list();
		if (!called.isEmpty()) {
			return called.stream()
				.map((stage) -> runningStage(stage.getId(), stage.getProcessDefinitionId()))
				.distinct()
				.collect(Collectors.joining("; "));
		}
		BpmnModel model = this.repository.getBpmnModel(processDefinitionId);
		List<FlowElement> active = this.runtime.getActiveActivityIds(processInstanceId)
			.stream()
			.distinct()
			.map(model::getFlowElement)
			.filter((element) -> element != null && !(element instanceof SubProcess)
					&& !(element instanceof BoundaryEvent))
			.toList();
		// the tasks are what people wait for; without one, the events the stage waits for
		List<FlowElement> tasks = active.stream().filter(UserTask.class::isInstance).toList();
		String steps = (tasks.isEmpty() ? active : tasks).stream()
			.map((element) -> name(model, element.getId()))
			.collect(Collectors.joining(", "));
		String stageName = this.repository.getProcessDefinition(processDefinitionId).getName();
		return (stageName != null) ? stageName + ": " + steps : steps;
	}

	private static String name(BpmnModel model, String activityId) {
		FlowElement element = model.getFlowElement(activityId);
		return (element != null && element.getName() != null) ? element.getName() : activityId;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
