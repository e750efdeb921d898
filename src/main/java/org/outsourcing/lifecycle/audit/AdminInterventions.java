package org.outsourcing.lifecycle.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.job.api.Job;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Which requests to Flowable's REST API change an engagement from outside its tasks, and
 * which engagement they touch. Starting processes and completing or claiming tasks are
 * not listed: the engine's own events record those.
 */
@Component
class AdminInterventions {

	enum Kind {

		JOB_ACTION, JOB_DELETION, VARIABLE_CHANGE, TASK_CHANGE, PROCESS_INSTANCE_CHANGE, PROCESS_INSTANCE_DELETION,
		HISTORY_DELETION, DEPLOYMENT_DELETION

	}

	private enum Target {

		JOB, TASK, EXECUTION, PROCESS_INSTANCE, DEPLOYMENT, NONE

	}

	private record Rule(Set<String> methods, Pattern path, Kind kind, Target target) {

		Rule(String methods, String path, Kind kind, Target target) {
			this(Set.of(methods.split(",")), Pattern.compile(path), kind, target);
		}

	}

	/** A request that is an intervention, with what it touches. */
	record Intervention(Kind kind, String engagementId, String processInstanceId, String processDefinitionKey,
			Map<String, Object> target) {
	}

	private static final String ID = "([^/]+)";

	private static final List<Rule> RULES = List.of(
			new Rule("POST", "/management/(?:jobs|timer-jobs|deadletter-jobs)/" + ID, Kind.JOB_ACTION, Target.JOB),
			new Rule("POST", "/management/deadletter-jobs", Kind.JOB_ACTION, Target.NONE),
			new Rule("DELETE", "/management/(?:jobs|timer-jobs|suspended-jobs|deadletter-jobs)/" + ID,
					Kind.JOB_DELETION, Target.JOB),
			new Rule("POST,PUT,DELETE", "/runtime/process-instances/" + ID + "/variables(?:-async)?(?:/.*)?",
					Kind.VARIABLE_CHANGE, Target.PROCESS_INSTANCE),
			new Rule("POST,PUT,DELETE", "/runtime/executions/" + ID + "/variables(?:-async)?(?:/.*)?",
					Kind.VARIABLE_CHANGE, Target.EXECUTION),
			new Rule("POST,PUT,DELETE", "/runtime/tasks/" + ID + "/variables(?:/.*)?", Kind.VARIABLE_CHANGE,
					Target.TASK),
			new Rule("PUT,DELETE", "/runtime/tasks/" + ID, Kind.TASK_CHANGE, Target.TASK),
			new Rule("PUT", "/runtime/process-instances/" + ID, Kind.PROCESS_INSTANCE_CHANGE, Target.PROCESS_INSTANCE),
			new Rule("POST", "/runtime/process-instances/" + ID + "/(?:change-state|migrate|inject)",
					Kind.PROCESS_INSTANCE_CHANGE, Target.PROCESS_INSTANCE),
			new Rule("PUT", "/runtime/executions/" + ID, Kind.PROCESS_INSTANCE_CHANGE, Target.EXECUTION),
			new Rule("POST", "/runtime/executions/" + ID + "/change-state", Kind.PROCESS_INSTANCE_CHANGE,
					Target.EXECUTION),
			new Rule("POST", "/runtime/process-instances/delete", Kind.PROCESS_INSTANCE_DELETION, Target.NONE),
			new Rule("DELETE", "/runtime/process-instances/" + ID, Kind.PROCESS_INSTANCE_DELETION,
					Target.PROCESS_INSTANCE),
			new Rule("DELETE", "/history/historic-process-instances/" + ID, Kind.HISTORY_DELETION,
					Target.PROCESS_INSTANCE),
			new Rule("POST", "/history/historic-process-instances/delete", Kind.HISTORY_DELETION, Target.NONE),
			new Rule("DELETE", "/history/historic-task-instances/" + ID, Kind.HISTORY_DELETION, Target.TASK),
			new Rule("DELETE", "/repository/deployments/" + ID, Kind.DEPLOYMENT_DELETION, Target.DEPLOYMENT));

	private final HistoryService history;

	private final ManagementService management;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	AdminInterventions(HistoryService history, ManagementService management, RepositoryService repository,
			RuntimeService runtime) {
		this.history = history;
		this.management = management;
		this.repository = repository;
		this.runtime = runtime;
	}

	/**
	 * The intervention a request to the engine's REST API (path below its servlet) makes,
	 * if it is one. Must run before the request does its work: a deleted instance can no
	 * longer name its engagement.
	 */
	Optional<Intervention> classify(String method, String path) {
		for (Rule rule : RULES) {
			Matcher matcher = rule.path().matcher(path);
			if (rule.methods().contains(method) && matcher.matches()) {
				String id = (matcher.groupCount() > 0) ? matcher.group(1) : null;
				return Optional.of(resolve(rule, id));
			}
		}
		return Optional.empty();
	}

	private Intervention resolve(Rule rule, String id) {
		Map<String, Object> target = new LinkedHashMap<>();
		String processInstanceId = switch (rule.target()) {
			case PROCESS_INSTANCE -> id;
			case EXECUTION -> {
				target.put("executionId", id);
				Execution execution = this.runtime.createExecutionQuery().executionId(id).singleResult();
				yield (execution != null) ? execution.getProcessInstanceId() : null;
			}
			case TASK -> {
				target.put("taskId", id);
				HistoricTaskInstance task = this.history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
				yield (task != null) ? task.getProcessInstanceId() : null;
			}
			case JOB -> {
				target.put("jobId", id);
				yield job(id).map(Job::getProcessInstanceId).orElse(null);
			}
			case DEPLOYMENT -> {
				target.put("deploymentId", id);
				target.put("processDefinitionKeys",
						this.repository.createProcessDefinitionQuery()
							.deploymentId(id)
							.list()
							.stream()
							.map(ProcessDefinition::getKey)
							.distinct()
							.sorted()
							.toList());
				yield null;
			}
			case NONE -> null;
		};
		HistoricProcessInstance instance = (processInstanceId != null) ? instance(processInstanceId) : null;
		if (instance == null) {
			return new Intervention(rule.kind(), null, processInstanceId, null, target);
		}
		HistoricProcessInstance root = instance;
		while (root.getSuperProcessInstanceId() != null && instance(root.getSuperProcessInstanceId()) != null) {
			root = instance(root.getSuperProcessInstanceId());
		}
		return new Intervention(rule.kind(), root.getId(), instance.getId(), instance.getProcessDefinitionKey(),
				target);
	}

	private HistoricProcessInstance instance(String id) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private Optional<Job> job(String id) {
		return Optional.<Job>ofNullable(this.management.createJobQuery().jobId(id).singleResult())
			.or(() -> Optional.ofNullable(this.management.createTimerJobQuery().jobId(id).singleResult()))
			.or(() -> Optional.ofNullable(this.management.createDeadLetterJobQuery().jobId(id).singleResult()))
			.or(() -> Optional.ofNullable(this.management.createSuspendedJobQuery().jobId(id).singleResult()));
	}

}
