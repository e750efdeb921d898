package org.outsourcing.lifecycle.security;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstanceQuery;
import org.flowable.engine.runtime.ProcessInstanceQuery;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which tasks and process instances a user may see, as restrictions added to the engine's
 * own queries, so that lists are filtered in the database rather than refused.
 * <ul>
 * <li>Admins and auditors see everything (auditors only read).</li>
 * <li>Staff see open tasks they are assigned to or candidates for (as a user or through a
 * group), past tasks they were involved in, and process instances they started or in
 * which they or one of their groups have or had a task.</li>
 * <li>Contractors see only tasks assigned to them or offered to them by name, and the
 * process instances they take part in: never through a group, because all applicants
 * share the group {@code contractor}.</li>
 * </ul>
 * Each restriction is its own {@code or()} block, so it narrows whatever the caller asked
 * for and no condition of the caller can widen it; a staff member's task query that asks
 * nothing about candidates gets the same restriction as one condition of its own, which
 * the engine evaluates faster ({@code TaskRestrictionsTest} keeps the two equal).
 */
@Component
public class ProcessVisibility {

	private final TaskService tasks;

	private final HistoryService history;

	ProcessVisibility(TaskService tasks, HistoryService history) {
		this.tasks = tasks;
		this.history = history;
	}

	static boolean seesEverything(CurrentUser user) {
		return user.isAdmin() || user.isAuditor();
	}

	void restrict(CurrentUser user, TaskQuery query) {
		restrict(user, query, true);
	}

	/**
	 * @param callerAsksAboutCandidates whether the caller's own conditions concern
	 * candidates or ignore the assignee: then the restriction must be an {@code or()}
	 * block of its own. Otherwise staff are restricted by one condition of the main
	 * query, which means the same: each {@code or()} block makes the engine evaluate its
	 * two hundred optional conditions again (MyBatis dynamic SQL, for the list and for
	 * the count), half of the CPU of a staff member's task list.
	 */
	void restrict(CurrentUser user, TaskQuery query, boolean callerAsksAboutCandidates) {
		if (seesEverything(user)) {
			return;
		}
		if (!user.isContractor() && !callerAsksAboutCandidates) {
			// assigned to the user, or unassigned with the user or one of their groups as
			// candidate: the groups they signed in with, not looked up again
			query.taskCandidateOrAssigned(user.id());
			if (!user.groups().isEmpty()) {
				query.taskCandidateGroupIn(user.groups());
			}
			return;
		}
		if (user.isContractor()) {
			query.or().taskInvolvedUser(user.id()).endOr();
		}
		else {
			// taskCandidateOrAssigned() would clash with a candidateGroup the caller asks
			// for;
			// a candidate user also covers the user's groups and requires the task
			// unassigned.
			query.or().taskAssignee(user.id()).taskCandidateUser(user.id()).endOr();
		}
	}

	void restrict(CurrentUser user, HistoricTaskInstanceQuery query) {
		if (seesEverything(user)) {
			return;
		}
		if (user.isContractor()) {
			query.or().taskInvolvedUser(user.id()).endOr();
		}
		else if (user.groups().isEmpty()) {
			query.or().taskInvolvedUser(user.id()).endOr();
		}
		else {
			query.or().taskInvolvedUser(user.id()).taskInvolvedGroups(user.groups()).endOr();
		}
	}

	void restrict(CurrentUser user, ProcessInstanceQuery query) {
		if (seesEverything(user)) {
			return;
		}
		if (user.isContractor() || user.groups().isEmpty()) {
			query.or().involvedUser(user.id()).startedBy(user.id()).endOr();
		}
		else {
			query.or().involvedUser(user.id()).involvedGroups(user.groups()).startedBy(user.id()).endOr();
		}
	}

	void restrict(CurrentUser user, HistoricProcessInstanceQuery query) {
		if (seesEverything(user)) {
			return;
		}
		if (user.isContractor() || user.groups().isEmpty()) {
			query.or().involvedUser(user.id()).startedBy(user.id()).endOr();
		}
		else {
			query.or().involvedUser(user.id()).involvedGroups(user.groups()).startedBy(user.id()).endOr();
		}
	}

	public boolean canSeeTask(CurrentUser user, String taskId) {
		TaskQuery query = this.tasks.createTaskQuery().taskId(taskId);
		restrict(user, query, false);
		return query.count() == 1;
	}

	public boolean canSeeHistoricTask(CurrentUser user, String taskId) {
		HistoricTaskInstanceQuery query = this.history.createHistoricTaskInstanceQuery().taskId(taskId);
		restrict(user, query);
		return query.count() == 1;
	}

	/**
	 * Running or ended: the history holds every process instance with its participants.
	 */
	boolean canSeeProcessInstance(CurrentUser user, String processInstanceId) {
		if (processInstanceId == null) {
			return seesEverything(user);
		}
		HistoricProcessInstanceQuery query = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId);
		restrict(user, query);
		return query.count() == 1;
	}

}
