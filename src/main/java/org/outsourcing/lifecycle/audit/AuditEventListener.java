package org.outsourcing.lifecycle.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.event.FlowableActivityCancelledEvent;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.delegate.event.FlowableCancelledEvent;
import org.flowable.engine.delegate.event.FlowableEntityWithVariablesEvent;
import org.flowable.engine.delegate.event.FlowableProcessStartedEvent;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.job.api.Job;
import org.flowable.task.api.TaskInfo;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes what the engine does to the audit trail, inside the engine's transaction.
 * {@link #isFailOnException()} is true: when the audit entry cannot be written, the step
 * it would record fails and rolls back too, so no change goes unrecorded.
 */
@Component
class AuditEventListener implements FlowableEventListener {

	static final List<FlowableEngineEventType> TYPES = List.of(FlowableEngineEventType.PROCESS_STARTED,
			FlowableEngineEventType.PROCESS_COMPLETED,
			FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT,
			FlowableEngineEventType.PROCESS_COMPLETED_WITH_ERROR_END_EVENT, FlowableEngineEventType.PROCESS_CANCELLED,
			FlowableEngineEventType.ACTIVITY_STARTED, FlowableEngineEventType.ACTIVITY_COMPLETED,
			FlowableEngineEventType.ACTIVITY_CANCELLED, FlowableEngineEventType.TASK_CREATED,
			FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_COMPLETED,
			FlowableEngineEventType.TIMER_FIRED);

	/**
	 * The trail is looked up late: it needs the engine's clock, and the engine needs this
	 * listener.
	 */
	private final ObjectProvider<AuditTrail> trail;

	private final DecisionAudit decisions;

	AuditEventListener(ObjectProvider<AuditTrail> trail, DecisionAudit decisions) {
		this.trail = trail;
		this.decisions = decisions;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event.getType() instanceof FlowableEngineEventType type)) {
			return;
		}
		switch (type) {
			case PROCESS_STARTED -> processStarted((FlowableProcessStartedEvent) event);
			case PROCESS_COMPLETED, PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT,
					PROCESS_COMPLETED_WITH_ERROR_END_EVENT ->
				processEnded((FlowableEngineEvent) event, AuditEntryType.PROCESS_COMPLETED, Map.of("how", type.name()));
			case PROCESS_CANCELLED -> processEnded((FlowableEngineEvent) event, AuditEntryType.PROCESS_CANCELLED,
					cause(((FlowableCancelledEvent) event).getCause()));
			case ACTIVITY_STARTED -> activity((FlowableActivityEvent) event, AuditEntryType.ACTIVITY_STARTED);
			case ACTIVITY_COMPLETED -> activityCompleted((FlowableActivityEvent) event);
			case ACTIVITY_CANCELLED -> activity((FlowableActivityEvent) event, AuditEntryType.ACTIVITY_CANCELLED);
			case TASK_CREATED, TASK_ASSIGNED, TASK_COMPLETED -> task((FlowableEntityEvent) event, type);
			case TIMER_FIRED -> timerFired((Job) ((FlowableEntityEvent) event).getEntity());
			default -> {
			}
		}
	}

	private void processStarted(FlowableProcessStartedEvent event) {
		// the engine's process instance is its execution too
		ProcessInstance started = (ProcessInstance) event.getEntity();
		DelegateExecution instance = (DelegateExecution) event.getEntity();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("businessKey", started.getBusinessKey());
		if (event.getNestedProcessInstanceId() != null) {
			details.put("calledBy", event.getNestedProcessInstanceId());
		}
		details.put("variables", (event.getVariables() != null) ? event.getVariables() : Map.of());
		record(instance, AuditEntryType.PROCESS_STARTED, CurrentUser.actorIdOr(started.getStartUserId()), null, null,
				details);
	}

	/**
	 * A completed process comes with its entity, a cancelled one only with its ids; both
	 * are still in the command's cache.
	 */
	private void processEnded(FlowableEngineEvent event, AuditEntryType type, Map<String, Object> details) {
		DelegateExecution instance = execution(event.getProcessInstanceId());
		record(instance, type, CurrentUser.actorId(), null, null, details);
	}

	private void activityCompleted(FlowableActivityEvent event) {
		FlowElement element = element(event.getProcessDefinitionId(), event.getActivityId());
		if (element instanceof ServiceTask task && "dmn".equals(task.getType())) {
			DelegateExecution execution = execution(event.getExecutionId());
			record(execution, AuditEntryType.DECISION_EVALUATED, CurrentUser.actorId(), event.getActivityId(),
					event.getActivityName(), this.decisions.evaluated(event.getExecutionId(), event.getActivityId()));
		}
		activity(event, AuditEntryType.ACTIVITY_COMPLETED);
	}

	private void activity(FlowableActivityEvent event, AuditEntryType type) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("activityType", event.getActivityType());
		if (event instanceof FlowableActivityCancelledEvent cancelled) {
			details.putAll(cause(cancelled.getCause()));
		}
		record(execution(event.getExecutionId()), type, CurrentUser.actorId(), event.getActivityId(),
				event.getActivityName(), details);
	}

	private void task(FlowableEntityEvent event, FlowableEngineEventType type) {
		TaskInfo task = (TaskInfo) event.getEntity();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("taskId", task.getId());
		details.put("assignee", task.getAssignee());
		if (type == FlowableEngineEventType.TASK_ASSIGNED) {
			assigned(task, details);
		}
		else if (type == FlowableEngineEventType.TASK_CREATED) {
			details.put("candidateGroups", task.getIdentityLinks()
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map((link) -> link.getGroupId())
				.sorted()
				.toList());
			details.put("formKey", task.getFormKey());
			details.put("dueDate", task.getDueDate());
			recordTask(task, AuditEntryType.TASK_CREATED, CurrentUser.actorId(), details);
			TaskCreation.created(task.getId()).ifPresent(Runnable::run);
		}
		else {
			Map<String, Object> values = (event instanceof FlowableEntityWithVariablesEvent withValues
					&& withValues.getVariables() != null) ? withValues.getVariables() : Map.of();
			details.put("formKey", task.getFormKey());
			details.put("outcome",
					(task.getFormKey() != null) ? values.get(Variables.formOutcome(task.getFormKey())) : null);
			details.put("values", values);
			recordTask(task, AuditEntryType.TASK_COMPLETED, CurrentUser.actorIdOr(task.getAssignee()), details);
		}
	}

	/**
	 * The engine assigns a task with an assignee expression before it announces the task
	 * created: that assignment is the model's (no person made it) and is recorded after
	 * the creation, as it reads. A later assignment without a signed-in user is a claim
	 * by the assignee.
	 */
	private void assigned(TaskInfo task, Map<String, Object> details) {
		boolean duringCreation = CurrentCommand.creates(task) && !TaskCreation.isCreated(task.getId());
		String actor = duringCreation ? CurrentUser.actorId() : CurrentUser.actorIdOr(task.getAssignee());
		Runnable record = () -> recordTask(task, AuditEntryType.TASK_ASSIGNED, actor, details);
		if (duringCreation) {
			TaskCreation.hold(task.getId(), record);
		}
		else {
			record.run();
		}
	}

	private void recordTask(TaskInfo task, AuditEntryType type, String actor, Map<String, Object> details) {
		DelegateExecution execution = (task.getExecutionId() != null) ? execution(task.getExecutionId()) : null;
		record(execution, type, actor, task.getTaskDefinitionKey(), task.getName(), details);
	}

	/**
	 * A deadline passed. The timer's own name says what it means (a reminder, an
	 * escalation, an expiry); whether it interrupts its task says if the task is gone.
	 */
	private void timerFired(Job job) {
		// the job names the timer event it belongs to
		String activityId = job.getElementId();
		FlowElement element = element(job.getProcessDefinitionId(), activityId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("jobId", job.getId());
		details.put("dueDate", job.getDuedate());
		if (element instanceof BoundaryEvent boundary) {
			details.put("attachedTo", boundary.getAttachedToRefId());
			details.put("interrupting", boundary.isCancelActivity());
		}
		DelegateExecution execution = (job.getExecutionId() != null) ? execution(job.getExecutionId()) : null;
		record(execution, AuditEntryType.TIMER_FIRED, CurrentUser.actorId(), activityId,
				(element != null) ? element.getName() : null, details);
	}

	private void record(DelegateExecution execution, AuditEntryType type, String actor, String activityId,
			String activityName, Map<String, Object> details) {
		String engagementId = null;
		String processInstanceId = null;
		String processDefinitionKey = null;
		if (execution != null) {
			engagementId = EngagementVariables.engagementId(execution);
			processInstanceId = execution.getProcessInstanceId();
			processDefinitionKey = CurrentCommand.processDefinition(execution.getProcessDefinitionId()).getKey();
		}
		this.trail.getObject()
			.record(new AuditEvent(engagementId, type, actor, processInstanceId, processDefinitionKey, activityId,
					activityName, details));
	}

	/**
	 * The engine gives the element that cancelled (a boundary event) or a reason text.
	 */
	private static Map<String, Object> cause(Object cause) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (cause instanceof FlowElement element) {
			details.put("cause", element.getId());
			details.put("causeName", element.getName());
		}
		else {
			details.put("cause", (cause != null) ? cause.toString() : null);
		}
		return details;
	}

	private static DelegateExecution execution(String executionId) {
		return (executionId != null) ? CurrentCommand.execution(executionId) : null;
	}

	private static FlowElement element(String processDefinitionId, String elementId) {
		if (processDefinitionId == null || elementId == null) {
			return null;
		}
		return CurrentCommand.bpmnModel(processDefinitionId).getFlowElement(elementId);
	}

	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}

}
