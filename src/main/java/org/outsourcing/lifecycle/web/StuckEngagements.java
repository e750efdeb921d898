package org.outsourcing.lifecycle.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Engagements that need an admin's look: running ones that nothing can move (no open user
 * task, no timer, no job waiting to run anywhere in their stages; a dead-letter job does
 * not move them), and open tasks that have waited longer than
 * {@code lifecycle.operations.task-waiting-alert}. The first reads the engine's runtime
 * tables in one query, because no engine query spans an engagement's called stages; the
 * engine's table names are a contract that {@code OperationsPageTest} checks with a real
 * stuck engagement.
 */
@Service
class StuckEngagements {

	private static final String STUCK = """
			SELECT e.ID_ AS id, e.START_TIME_ AS started FROM ACT_RU_EXECUTION e
			JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
			WHERE e.PARENT_ID_ IS NULL AND e.SUPER_EXEC_ IS NULL AND d.KEY_ = ?
			AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION x ON x.ID_ = t.PROC_INST_ID_
				WHERE x.ROOT_PROC_INST_ID_ = e.ID_)
			AND NOT EXISTS (SELECT 1 FROM ACT_RU_TIMER_JOB j JOIN ACT_RU_EXECUTION x ON x.ID_ = j.PROCESS_INSTANCE_ID_
				WHERE x.ROOT_PROC_INST_ID_ = e.ID_)
			AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION x ON x.ID_ = j.PROCESS_INSTANCE_ID_
				WHERE x.ROOT_PROC_INST_ID_ = e.ID_)
			AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXTERNAL_JOB j JOIN ACT_RU_EXECUTION x ON x.ID_ = j.PROCESS_INSTANCE_ID_
				WHERE x.ROOT_PROC_INST_ID_ = e.ID_)
			ORDER BY e.START_TIME_
			""";

	private final JdbcClient jdbc;

	private final TaskService tasks;

	private final ProcessNames names;

	private final EngineTime time;

	private final Duration waitingAlert;

	StuckEngagements(JdbcClient jdbc, TaskService tasks, ProcessNames names, EngineTime time,
			@Value("${lifecycle.operations.task-waiting-alert:P7D}") Duration waitingAlert) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.names = names;
		this.time = time;
		this.waitingAlert = waitingAlert;
	}

	/** Running engagements that nothing can move, the oldest first. */
	List<Stuck> stuck() {
		List<String> ids = this.jdbc.sql(STUCK)
			.param(EngagementOverview.ENGAGEMENT_PROCESS)
			.query((rs, n) -> rs.getString("id"))
			.list();
		Map<String, ProcessNames.Engagement> engagements = this.names
			.engagementsOf(ids.stream().collect(Collectors.toSet()));
		return ids.stream()
			.limit(Operations.LIMIT)
			.map((id) -> new Stuck(id, engagements.getOrDefault(id, new ProcessNames.Engagement(id, id)).title()))
			.toList();
	}

	/**
	 * Open tasks created longer ago than the alert threshold, the longest waiting first.
	 */
	List<WaitingTask> waitingTooLong() {
		Instant before = this.time.now().minus(this.waitingAlert);
		List<Task> waiting = this.tasks.createTaskQuery()
			.taskCreatedBefore(Date.from(before))
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, Operations.LIMIT);
		Map<String, ProcessNames.Engagement> engagements = this.names.engagementsOf(waiting.stream()
			.map(Task::getProcessInstanceId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet()));
		return waiting.stream().filter((task) -> engagements.containsKey(task.getProcessInstanceId())).map((task) -> {
			ProcessNames.Engagement engagement = engagements.get(task.getProcessInstanceId());
			return new WaitingTask(task.getId(), task.getName(), task.getAssignee(), engagement.id(),
					engagement.title(), task.getCreateTime().toInstant());
		}).toList();
	}

	Duration waitingAlert() {
		return this.waitingAlert;
	}

	record Stuck(String engagementId, String title) {
	}

	record WaitingTask(String taskId, String name, String assignee, String engagementId, String title, Instant since) {
	}

}
