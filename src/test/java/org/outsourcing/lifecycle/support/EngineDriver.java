package org.outsourcing.lifecycle.support;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Drives processes in tests the way time and people would: moves the engine clock, runs
 * the jobs that are then due, completes tasks, and reads back which activities were
 * passed. Never sleeps.
 */
@Component
public class EngineDriver {

	private final ProcessEngineConfiguration configuration;

	private final ManagementService management;

	private final TaskService tasks;

	private final HistoryService history;

	private final RepositoryService repository;

	public EngineDriver(ProcessEngineConfiguration configuration, ManagementService management, TaskService tasks,
			HistoryService history, RepositoryService repository) {
		this.repository = repository;
		this.configuration = configuration;
		this.management = management;
		this.tasks = tasks;
		this.history = history;
	}

	public HistoryService history() {
		return this.history;
	}

	public Clock clock() {
		return this.configuration.getClock();
	}

	/**
	 * Moves the engine clock forward and runs every timer and async job that is due by
	 * then.
	 */
	public void passTime(Duration duration) {
		Clock clock = clock();
		clock.setCurrentTime(Date.from(clock.getCurrentTime().toInstant().plus(duration)));
		runDueJobs();
	}

	/** Puts the clock back on the wall clock; call after each test that moved it. */
	public void resetClock() {
		clock().reset();
	}

	/**
	 * Runs due timers and async jobs until none is left, as the async executor would, one
	 * job per transaction.
	 */
	public void runDueJobs() {
		for (int round = 0; round < 500; round++) {
			List<Job> timers = this.management.createTimerJobQuery().executable().list();
			for (Job timer : timers) {
				this.management.moveTimerToExecutableJob(timer.getId());
			}
			List<Job> jobs = this.management.createJobQuery().list();
			if (jobs.isEmpty()) {
				return;
			}
			for (Job job : jobs) {
				this.management.executeJob(job.getId());
			}
		}
		throw new IllegalStateException("Jobs keep becoming due: a timer cycle without an end?");
	}

	/**
	 * The one open task with this definition key in the process instance (or its called
	 * stages).
	 */
	public Task task(String processInstanceId, String taskDefinitionKey) {
		List<Task> open = openTasks(processInstanceId, taskDefinitionKey);
		if (open.size() != 1) {
			throw new AssertionError("Expected one open '" + taskDefinitionKey + "' task in " + processInstanceId
					+ " but found " + open.size() + "; open tasks: " + openTaskKeys(processInstanceId));
		}
		return open.get(0);
	}

	/**
	 * The open task with this key whose execution sees the variable with this value, such
	 * as the screening of one application among many.
	 */
	public Task taskWhere(String processInstanceId, String taskDefinitionKey, String variable, Object value) {
		return openTasks(processInstanceId, taskDefinitionKey).stream()
			.filter((task) -> String.valueOf(value)
				.equals(String.valueOf(this.tasks.getVariable(task.getId(), variable))))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No open '" + taskDefinitionKey + "' task with " + variable + " = "
					+ value + "; open tasks: " + openTaskKeys(processInstanceId)));
	}

	public List<Task> openTasks(String processInstanceId, String taskDefinitionKey) {
		return this.tasks.createTaskQuery()
			.processInstanceIdWithChildren(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.orderByTaskCreateTime()
			.asc()
			.list();
	}

	public List<String> openTaskKeys(String processInstanceId) {
		return this.tasks.createTaskQuery()
			.processInstanceIdWithChildren(processInstanceId)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.toList();
	}

	/**
	 * Completes the one open task with this key, as the given user, with these form
	 * values.
	 */
	public void complete(String processInstanceId, String taskDefinitionKey, String userId,
			Map<String, Object> values) {
		completeTask(task(processInstanceId, taskDefinitionKey), userId, values);
	}

	/**
	 * Claims (unless assigned) and completes a task as the user, who is also the
	 * authenticated user while it completes, as on a REST call.
	 */
	public void completeTask(Task task, String userId, Map<String, Object> values) {
		if (task.getAssignee() == null) {
			this.tasks.claim(task.getId(), userId);
		}
		Authentication.setAuthenticatedUserId(userId);
		try {
			this.tasks.complete(task.getId(), values);
		}
		finally {
			Authentication.setAuthenticatedUserId(null);
		}
	}

	/** The last value of every variable the process instance ever had. */
	public Map<String, Object> historicVariables(String processInstanceId) {
		Map<String, Object> variables = new java.util.HashMap<>();
		this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.list()
			.forEach((variable) -> variables.put(variable.getVariableName(), variable.getValue()));
		return variables;
	}

	/**
	 * The ids of the activities passed in this process instance, in the order they
	 * started. A boundary event counts only when it fired: the engine records one for
	 * each activity it is attached to, and deletes it unfired when the activity
	 * completes.
	 */
	public List<String> activitiesPassed(String processInstanceId) {
		List<HistoricActivityInstance> all = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.list();
		Map<String, List<HistoricActivityInstance>> flowsTaken = all.stream()
			.filter((activity) -> "sequenceFlow".equals(activity.getActivityType()))
			.collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId));
		return all.stream()
			.filter((activity) -> !"sequenceFlow".equals(activity.getActivityType()))
			.filter((activity) -> !"boundaryEvent".equals(activity.getActivityType()) || fired(activity, flowsTaken))
			.sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
				.thenComparing(
						(activity) -> (activity.getTransactionOrder() != null) ? activity.getTransactionOrder() : 0))
			.map(HistoricActivityInstance::getActivityId)
			.toList();
	}

	/**
	 * Whether this boundary event instance fired: its execution took one of its flows.
	 * The engine records an instance for each activity a boundary event is attached to,
	 * fired or not.
	 */
	private boolean fired(HistoricActivityInstance boundary, Map<String, List<HistoricActivityInstance>> flowsTaken) {
		FlowNode node = (FlowNode) this.repository.getBpmnModel(boundary.getProcessDefinitionId())
			.getFlowElement(boundary.getActivityId());
		boolean interrupting = ((BoundaryEvent) node).isCancelActivity();
		long start = boundary.getStartTime().getTime();
		return node.getOutgoingFlows()
			.stream()
			.flatMap((flow) -> flowsTaken.getOrDefault(flow.getId(), List.of()).stream())
			.anyMatch((taken) -> taken.getExecutionId().equals(boundary.getExecutionId()) || (!interrupting
					&& taken.getStartTime().getTime() >= start && taken.getStartTime().getTime() - start < 1000));
	}

}
