package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The tasks waiting for a user: assigned to them, or offered to them or one of their
 * groups and not yet claimed. Contractors never see tasks through the group
 * {@code contractor}, which every applicant shares: only tasks naming them.
 */
@Service
class Inbox {

	/** More open tasks than a person can read; the filters narrow from here. */
	static final int LIMIT = 500;

	private static final Comparator<InboxTask> URGENT_FIRST = Comparator.comparing(InboxTask::overdue)
		.reversed()
		.thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(InboxTask::created, Comparator.nullsLast(Comparator.naturalOrder()));

	private final TaskService tasks;

	private final ProcessNames names;

	private final EngineTime time;

	Inbox(TaskService tasks, ProcessNames names, EngineTime time) {
		this.tasks = tasks;
		this.names = names;
		this.time = time;
	}

	List<InboxTask> of(CurrentUser user) {
		List<Task> open = query(user).includeIdentityLinks().orderByTaskCreateTime().asc().listPage(0, LIMIT);
		Set<String> processInstanceIds = open.stream()
			.map(Task::getProcessInstanceId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		Map<String, ProcessNames.Engagement> engagements = this.names.engagementsOf(new HashSet<>(processInstanceIds));
		Instant now = this.time.now();
		return open.stream()
			.map((task) -> line(task, user, engagements.get(task.getProcessInstanceId()), now))
			.sorted(URGENT_FIRST)
			.toList();
	}

	/** Whether the task is in the user's inbox, i.e. the user may work on it. */
	boolean holds(CurrentUser user, String taskId) {
		return !user.isAuditor() && query(user).taskId(taskId).count() == 1;
	}

	private TaskQuery query(CurrentUser user) {
		TaskQuery query = this.tasks.createTaskQuery().active();
		if (user.isContractor()) {
			return query.taskInvolvedUser(user.id());
		}
		return query.or().taskAssignee(user.id()).taskCandidateUser(user.id()).endOr();
	}

	private InboxTask line(Task task, CurrentUser user, ProcessNames.Engagement engagement, Instant now) {
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		boolean offered = task.getIdentityLinks()
			.stream()
			.anyMatch((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()));
		ProcessNames.Stage stage = this.names.stage(task.getProcessDefinitionId());
		return new InboxTask(task.getId(), task.getName(), stage.key(), stage.name(),
				(engagement != null) ? engagement.id() : null, (engagement != null) ? engagement.title() : null, due,
				due != null && due.isBefore(now),
				(task.getCreateTime() != null) ? task.getCreateTime().toInstant() : null, task.getAssignee(),
				user.id().equals(task.getAssignee()), offered);
	}

}
