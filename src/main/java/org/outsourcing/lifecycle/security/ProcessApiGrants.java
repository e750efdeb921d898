package org.outsourcing.lifecycle.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.engine.form.FormData;
import org.flowable.engine.form.TaskFormData;
import org.flowable.engine.history.HistoricActivityInstanceQuery;
import org.flowable.engine.history.HistoricDetail;
import org.flowable.engine.history.HistoricDetailQuery;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.history.HistoricProcessInstanceQuery;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentQuery;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.repository.ProcessDefinitionQuery;
import org.flowable.engine.runtime.ActivityInstanceQuery;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.runtime.ProcessInstanceBuilder;
import org.flowable.engine.runtime.ProcessInstanceQuery;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.rest.service.api.BpmnRestApiInterceptor;
import org.flowable.rest.service.api.engine.CommentRequest;
import org.flowable.rest.service.api.engine.variable.RestVariable;
import org.flowable.rest.service.api.form.SubmitFormRequest;
import org.flowable.rest.service.api.history.HistoricActivityInstanceQueryRequest;
import org.flowable.rest.service.api.history.HistoricDetailQueryRequest;
import org.flowable.rest.service.api.history.HistoricProcessInstanceQueryRequest;
import org.flowable.rest.service.api.history.HistoricTaskInstanceQueryRequest;
import org.flowable.rest.service.api.history.HistoricTaskLogEntryQueryRequest;
import org.flowable.rest.service.api.history.HistoricVariableInstanceQueryRequest;
import org.flowable.rest.service.api.runtime.process.ActivityInstanceQueryRequest;
import org.flowable.rest.service.api.runtime.process.ProcessInstanceCreateRequest;
import org.flowable.rest.service.api.runtime.process.ProcessInstanceQueryRequest;
import org.flowable.rest.service.api.runtime.task.TaskActionRequest;
import org.flowable.rest.service.api.runtime.task.TaskQueryRequest;
import org.flowable.rest.service.api.runtime.task.TaskRequest;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.flowable.task.api.history.HistoricTaskLogEntryQuery;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.flowable.variable.api.history.HistoricVariableInstanceQuery;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What Flowable's REST API ({@code /process-api}) lets a user other than an admin see and
 * do, row by row: each public method here grants the {@link BpmnRestApiInterceptor}
 * method of the same name and parameters, with the rule it states; every interceptor
 * method not granted here is for admins only ({@link ProcessApiInterceptor}, deny by
 * default, also for a method a Flowable upgrade adds). Lists are narrowed by
 * {@link ProcessVisibility}; a single task or process instance the caller may not see
 * answers 404 exactly as a missing one does, so nobody learns what exists; an action the
 * caller's role never allows answers 403. Contractors read only the variables of
 * {@link ContractorVisibleVariables}.
 *
 * <p>
 * {@link ProcessApiAuthorization} already refuses whole endpoints per role; the checks
 * here repeat the role rules so that a gap in one layer is not a leak.
 */
@Component
class ProcessApiGrants {

	private final ProcessVisibility visibility;

	private final ContractorVisibleVariables contractorVariables;

	private final TaskService tasks;

	private final TaskAssignees assignees;

	ProcessApiGrants(ProcessVisibility visibility, ContractorVisibleVariables contractorVariables, TaskService tasks,
			TaskAssignees assignees) {
		this.visibility = visibility;
		this.contractorVariables = contractorVariables;
		this.tasks = tasks;
		this.assignees = assignees;
	}

	/** The interceptor flowable-rest calls: these grants, admin-only for the rest. */
	@Bean
	BpmnRestApiInterceptor processApiInterceptor() {
		return ProcessApiInterceptor.granting(this);
	}

	// Tasks: creating, deleting, raw variable writes and identity link changes are for
	// admins.

	public void accessTaskInfoById(Task task) {
		requireTask(CurrentUser.get(), task.getId());
	}

	public void accessTaskInfoWithQuery(TaskQuery taskQuery, TaskQueryRequest request) {
		CurrentUser user = CurrentUser.get();
		if (user.isContractor()) {
			refuseVariables(request.getIncludeProcessVariables(), request.getIncludeTaskLocalVariables(),
					request.getTaskVariables(), request.getProcessInstanceVariables());
		}
		this.visibility.restrict(user, taskQuery, asksAboutCandidates(request));
	}

	private static boolean asksAboutCandidates(TaskQueryRequest request) {
		return request.getCandidateUser() != null || request.getCandidateGroup() != null
				|| request.getCandidateGroupIn() != null || request.getCandidateOrAssigned() != null
				|| request.isIgnoreAssignee();
	}

	public void executeTaskAction(Task task, TaskActionRequest request) {
		CurrentUser user = worker();
		requireTask(user, task.getId());
		String action = request.getAction();
		if (!user.isAdmin()) {
			checkAction(user, task, request);
		}
		// not even an admin hands a task to someone who may not work on it
		if (TaskActionRequest.ACTION_DELEGATE.equals(action) || TaskActionRequest.ACTION_CLAIM.equals(action)) {
			this.assignees.requireMayWorkOn(task, request.getAssignee());
		}
		// A candidate who completes an unclaimed task becomes its assignee inside the
		// completion itself (forms.FormCommandInterceptor), so a refused completion
		// changes nothing.
	}

	private void checkAction(CurrentUser user, Task task, TaskActionRequest request) {
		String action = request.getAction();
		if ("claim".equals(action)) {
			String claimant = (request.getAssignee() != null) ? request.getAssignee() : task.getAssignee();
			if (!user.id().equals(claimant)) {
				throw new FlowableForbiddenException("You can claim a task only for yourself");
			}
			return;
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
			throw new FlowableForbiddenException("The task is assigned to someone else");
		}
		if (!this.assignees.mayActOn(task, user.id()) && isOpen(task)) {
			// seen through a past involvement only: history grants reading, not acting (a
			// task completed meanwhile is the engine's to answer: 409)
			throw new FlowableObjectNotFoundException("Could not find a task with id '" + task.getId() + "'.",
					Task.class);
		}
		if (user.isContractor()) {
			if (!"complete".equals(action)) {
				throw forbidden();
			}
			Set<String> writable = this.contractorVariables.inputsAt(task.getFormKey());
			requireOnly(writable, request.getVariables());
			requireOnly(writable, request.getTransientVariables());
		}
	}

	/**
	 * Staff pass a task on (to someone who may work on it); what the model decided about
	 * the task (its name, form, due date, owner, ...) only an admin changes.
	 */
	public void updateTask(Task task, TaskRequest request) {
		CurrentUser user = staff();
		requireTask(user, task.getId());
		if (!user.isAdmin() && (request.isNameSet() || request.isDescriptionSet() || request.isDuedateSet()
				|| request.isOwnerSet() || request.isFormKeySet() || request.isPrioritySet() || request.isCategorySet()
				|| request.isParentTaskIdSet() || request.isDelegationStateSet() || request.isTenantIdSet())) {
			throw new FlowableForbiddenException("Only an admin changes a task's name, form, due date or owner");
		}
		if (request.isAssigneeSet()) {
			// the task given here already carries the requested changes: judge the stored
			// one
			Task stored = this.tasks.createTaskQuery().taskId(task.getId()).singleResult();
			this.assignees.requireMayWorkOn(stored, request.getAssignee());
		}
	}

	public void createTaskAttachment(Task task) {
		requireTask(staff(), task.getId());
	}

	public void createTaskComment(Task task, CommentRequest comment) {
		requireTask(staff(), task.getId());
	}

	public void accessTaskVariable(Task task, String variableName) {
		CurrentUser user = CurrentUser.get();
		requireTask(user, task.getId());
		if (user.isContractor() && !this.contractorVariables.atTask(task.getFormKey()).contains(variableName)) {
			throw new FlowableObjectNotFoundException(
					"Task '" + task.getId() + "' does not have a variable with name: '" + variableName + "'.");
		}
	}

	public Map<String, RestVariable> accessTaskVariables(Task task, Map<String, RestVariable> variables) {
		CurrentUser user = CurrentUser.get();
		requireTask(user, task.getId());
		if (!user.isContractor()) {
			return variables;
		}
		return only(this.contractorVariables.atTask(task.getFormKey()), variables);
	}

	public void accessTaskIdentityLinks(Task task) {
		requireTask(CurrentUser.get(), task.getId());
	}

	public void accessTaskIdentityLink(Task task, IdentityLink identityLink) {
		requireTask(CurrentUser.get(), task.getId());
	}

	// Executions: process-instance variables arrive here with the process instance as
	// the execution; everything else about executions is for admins.

	public void accessExecutionVariable(Execution execution, String variableId, String scope) {
		CurrentUser user = CurrentUser.get();
		requireProcessInstance(user, execution.getProcessInstanceId());
		if (user.isContractor() && !this.contractorVariables.shared().contains(variableId)) {
			throw new FlowableObjectNotFoundException(
					"Execution '" + execution.getId() + "' does not have a variable with name: '" + variableId + "'.");
		}
	}

	public Map<String, RestVariable> accessExecutionVariables(Execution execution,
			Map<String, RestVariable> variables) {
		CurrentUser user = CurrentUser.get();
		requireProcessInstance(user, execution.getProcessInstanceId());
		if (!user.isContractor()) {
			return variables;
		}
		return only(this.contractorVariables.shared(), variables);
	}

	// Process instances: updating, deleting, migrating, signals and injected
	// activities are for admins.

	public void accessProcessInstanceInfoById(ProcessInstance processInstance) {
		requireProcessInstance(CurrentUser.get(), processInstance.getId());
	}

	public void accessProcessInstanceInfoWithQuery(ProcessInstanceQuery processInstanceQuery,
			ProcessInstanceQueryRequest request) {
		CurrentUser user = CurrentUser.get();
		if (user.isContractor()) {
			refuseVariables(request.getIncludeProcessVariables(), null, request.getVariables(),
					request.getIncludeProcessVariablesNames());
		}
		this.visibility.restrict(user, processInstanceQuery);
	}

	public void createProcessInstance(ProcessInstanceBuilder builder, ProcessInstanceCreateRequest request) {
		CurrentUser user = staff();
		if (!user.isAdmin() && !user.isIn(Groups.OWNER)) {
			throw forbidden();
		}
	}

	public void accessProcessInstanceIdentityLinks(ProcessInstance processInstance) {
		requireProcessInstance(CurrentUser.get(), processInstance.getId());
	}

	public void accessProcessInstanceIdentityLink(ProcessInstance processInstance, IdentityLink identityLink) {
		requireProcessInstance(CurrentUser.get(), processInstance.getId());
	}

	public void accessActivityInfoWithQuery(ActivityInstanceQuery activityInstanceQuery,
			ActivityInstanceQueryRequest request) {
		requireProcessInstanceGiven(CurrentUser.get(), request.getProcessInstanceId());
	}

	// Repository: staff and auditors read the models; changes are for admins.

	public void accessProcessDefinitionById(ProcessDefinition processDefinition) {
		reader();
	}

	public void accessProcessDefinitionIdentityLinks(ProcessDefinition processDefinition) {
		reader();
	}

	public void accessProcessDefinitionIdentityLink(ProcessDefinition processDefinition, IdentityLink identityLink) {
		reader();
	}

	public void accessProcessDefinitionsWithQuery(ProcessDefinitionQuery processDefinitionQuery) {
		reader();
	}

	public void accessDeploymentById(Deployment deployment) {
		reader();
	}

	public void accessDeploymentsWithQuery(DeploymentQuery deploymentQuery) {
		reader();
	}

	// History: auditors read all of it; staff what they took part in; deleting is for
	// admins.

	public void accessHistoryTaskInfoById(HistoricTaskInstance task) {
		CurrentUser user = CurrentUser.get();
		if (!ProcessVisibility.seesEverything(user) && !this.visibility.canSeeHistoricTask(user, task.getId())) {
			throw new FlowableObjectNotFoundException("Could not find a task instance with id '" + task.getId() + "'.",
					HistoricTaskInstance.class);
		}
	}

	public void accessHistoryTaskInfoWithQuery(HistoricTaskInstanceQuery query,
			HistoricTaskInstanceQueryRequest request) {
		CurrentUser user = CurrentUser.get();
		if (user.isContractor()) {
			refuseVariables(request.getIncludeProcessVariables(), request.getIncludeTaskLocalVariables(),
					request.getTaskVariables(), request.getProcessVariables());
		}
		this.visibility.restrict(user, query);
	}

	public void accessHistoricTaskIdentityLinks(HistoricTaskInstance historicTaskInstance) {
		accessHistoryTaskInfoById(historicTaskInstance);
	}

	public void accessHistoryProcessInfoById(HistoricProcessInstance processInstance) {
		notContractor();
		requireProcessInstance(CurrentUser.get(), processInstance.getId());
	}

	public void accessHistoryProcessInfoWithQuery(HistoricProcessInstanceQuery query,
			HistoricProcessInstanceQueryRequest request) {
		CurrentUser user = notContractor();
		this.visibility.restrict(user, query);
	}

	public void accessHistoricProcessIdentityLinks(HistoricProcessInstance historicProcessInstance) {
		accessHistoryProcessInfoById(historicProcessInstance);
	}

	public void accessHistoryActivityInfoWithQuery(HistoricActivityInstanceQuery query,
			HistoricActivityInstanceQueryRequest request) {
		requireProcessInstanceGiven(notContractor(), request.getProcessInstanceId());
	}

	public void accessHistoryDetailById(HistoricDetail historicDetail) {
		requireProcessInstance(notContractor(), historicDetail.getProcessInstanceId());
	}

	public void accessHistoryDetailInfoWithQuery(HistoricDetailQuery query, HistoricDetailQueryRequest request) {
		requireProcessInstanceOrTaskGiven(notContractor(), request.getProcessInstanceId(), request.getTaskId());
	}

	public void accessHistoryVariableInfoById(HistoricVariableInstance variable) {
		requireProcessInstance(notContractor(), variable.getProcessInstanceId());
	}

	public void accessHistoryVariableInfoWithQuery(HistoricVariableInstanceQuery query,
			HistoricVariableInstanceQueryRequest request) {
		requireProcessInstanceOrTaskGiven(notContractor(), request.getProcessInstanceId(), request.getTaskId());
	}

	public void accessHistoricTaskLogWithQuery(HistoricTaskLogEntryQuery query,
			HistoricTaskLogEntryQueryRequest request) {
		requireProcessInstanceOrTaskGiven(notContractor(), request.getProcessInstanceId(), request.getTaskId());
	}

	// Forms

	public void accessFormData(FormData formData) {
		CurrentUser user = notContractor();
		if (formData instanceof TaskFormData taskForm && taskForm.getTask() != null) {
			requireTask(user, taskForm.getTask().getId());
		}
	}

	public void submitFormData(SubmitFormRequest request) {
		CurrentUser user = staff();
		if (request.getTaskId() != null) {
			requireTask(user, request.getTaskId());
		}
		else if (!user.isAdmin() && !user.isIn(Groups.OWNER)) {
			throw forbidden();
		}
	}

	// The rules the grants share (jobs, batches, tables, users and groups: admins only)

	private boolean isOpen(Task task) {
		return this.tasks.createTaskQuery().taskId(task.getId()).count() == 1;
	}

	private void requireTask(CurrentUser user, String taskId) {
		if (!ProcessVisibility.seesEverything(user) && !this.visibility.canSeeTask(user, taskId)) {
			throw new FlowableObjectNotFoundException("Could not find a task with id '" + taskId + "'.", Task.class);
		}
	}

	private void requireProcessInstance(CurrentUser user, String processInstanceId) {
		if (!ProcessVisibility.seesEverything(user)
				&& !this.visibility.canSeeProcessInstance(user, processInstanceId)) {
			throw new FlowableObjectNotFoundException(
					"Could not find a process instance with id '" + processInstanceId + "'.", ProcessInstance.class);
		}
	}

	/**
	 * Lists the engine cannot filter by participant (activities, variables, details, task
	 * logs): a user who does not see everything must name a process instance or task they
	 * may see.
	 */
	private void requireProcessInstanceGiven(CurrentUser user, String processInstanceId) {
		if (ProcessVisibility.seesEverything(user)) {
			return;
		}
		if (processInstanceId == null) {
			throw new FlowableForbiddenException("Name the processInstanceId you want to read");
		}
		requireProcessInstance(user, processInstanceId);
	}

	private void requireProcessInstanceOrTaskGiven(CurrentUser user, String processInstanceId, String taskId) {
		if (ProcessVisibility.seesEverything(user)) {
			return;
		}
		if (processInstanceId == null && taskId == null) {
			throw new FlowableForbiddenException("Name the processInstanceId or taskId you want to read");
		}
		if (processInstanceId != null) {
			requireProcessInstance(user, processInstanceId);
		}
		if (taskId != null && !this.visibility.canSeeHistoricTask(user, taskId)) {
			throw new FlowableObjectNotFoundException("Could not find a task instance with id '" + taskId + "'.",
					HistoricTaskInstance.class);
		}
	}

	/** Contractors ask for tasks and process instances without variables. */
	private static void refuseVariables(Boolean includeVariables, Boolean includeLocalVariables,
			Collection<?> variableConditions, Collection<?> moreConditions) {
		if (Boolean.TRUE.equals(includeVariables) || Boolean.TRUE.equals(includeLocalVariables)
				|| !isEmpty(variableConditions) || !isEmpty(moreConditions)) {
			throw new FlowableForbiddenException(
					"Contractors query without variables; read the shared ones at /runtime/tasks/{taskId}/variables");
		}
	}

	private static boolean isEmpty(Collection<?> collection) {
		return collection == null || collection.isEmpty();
	}

	private static void requireOnly(Set<String> allowed, List<RestVariable> variables) {
		if (variables == null) {
			return;
		}
		List<String> refused = variables.stream()
			.map(RestVariable::getName)
			.filter(Predicate.not(allowed::contains))
			.filter(Objects::nonNull)
			.toList();
		if (!refused.isEmpty()) {
			throw new FlowableForbiddenException("Your task's form has no fields " + refused);
		}
	}

	private static Map<String, RestVariable> only(Set<String> visible, Map<String, RestVariable> variables) {
		return variables.entrySet()
			.stream()
			.filter((entry) -> visible.contains(entry.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Anyone who may change work: not auditors (read-only) and not contractors. */
	private static CurrentUser staff() {
		CurrentUser user = CurrentUser.get();
		if (user.isAuditor() || user.isContractor()) {
			throw forbidden();
		}
		return user;
	}

	/** Anyone who may work on their own tasks: everyone but auditors. */
	private static CurrentUser worker() {
		CurrentUser user = CurrentUser.get();
		if (user.isAuditor()) {
			throw forbidden();
		}
		return user;
	}

	private static CurrentUser reader() {
		return notContractor();
	}

	private static CurrentUser notContractor() {
		CurrentUser user = CurrentUser.get();
		if (user.isContractor()) {
			throw forbidden();
		}
		return user;
	}

	static FlowableForbiddenException forbidden() {
		return new FlowableForbiddenException("Your role does not allow this");
	}

}
