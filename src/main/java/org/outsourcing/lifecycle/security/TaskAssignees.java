package org.outsourcing.lifecycle.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.idm.api.Group;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who a task may be handed to (assigned, claimed for, delegated): a user who may work on
 * it, that is one of its candidate users or a member of one of its candidate groups. A
 * contractor only as a candidate by name, never through a group: all applicants share the
 * group {@code contractor}, and a company task must not show a contractor the
 * engagement's data. A task with no candidates (a contractor's own task) goes to nobody
 * else.
 */
@Component
class TaskAssignees {

	private final TaskService tasks;

	private final IdmIdentityService identity;

	TaskAssignees(TaskService tasks, IdmIdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	/**
	 * @throws FlowableForbiddenException when the user may not work on the task
	 */
	void requireMayWorkOn(Task task, String userId) {
		if (userId != null && !userId.equals(task.getAssignee()) && !mayWorkOn(task, userId)) {
			throw new FlowableForbiddenException(
					"The task can go only to one of its candidates, and never to a contractor unless named");
		}
	}

	/**
	 * Whether the user is involved in the open task now: its assignee or one who may work
	 * on it. Having held it once (Flowable's "participant" link) is not enough.
	 */
	boolean mayActOn(Task task, String userId) {
		return userId.equals(task.getAssignee()) || mayWorkOn(task, userId);
	}

	boolean mayWorkOn(Task task, String userId) {
		if (this.identity.createUserQuery().userId(userId).count() != 1) {
			return false;
		}
		List<IdentityLink> candidates;
		try {
			candidates = this.tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.toList();
		}
		catch (FlowableObjectNotFoundException ex) {
			// completed a moment ago: nobody works on it any more
			return false;
		}
		if (candidates.stream().anyMatch((link) -> userId.equals(link.getUserId()))) {
			return true;
		}
		Set<String> groups = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		if (new CurrentUser(userId, groups).isContractor()) {
			return false;
		}
		return candidates.stream().anyMatch((link) -> link.getGroupId() != null && groups.contains(link.getGroupId()));
	}

}
