package org.outsourcing.lifecycle.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's task query that asks nothing about candidates is restricted by one
 * condition of the main query instead of an {@code or()} block, because the engine builds
 * that block's SQL slowly. Both must let through exactly the same tasks, in every way a
 * task can be related to a person: assigned, offered by name or through a group, a group
 * of someone else, a mere participant, assigned to another although offered to the user.
 */
@SpringBootTest
class TaskRestrictionsTest {

	private static final String USER = "restricted.staff";

	private static final String OTHER = "restricted.other";

	@Autowired
	ProcessVisibility visibility;

	@Autowired
	TaskService tasks;

	@Autowired
	IdmIdentityService identity;

	private final List<String> created = new ArrayList<>();

	@BeforeEach
	void relateTasksToTheUserInEveryWay() {
		user(USER, "restricted-a", "restricted-b");
		user(OTHER, "restricted-c");
		task("assigned to the user", USER, null, null);
		task("assigned to another, offered to the user by name", OTHER, USER, null);
		task("assigned to another, offered to the user's group", OTHER, null, "restricted-a");
		task("unassigned, offered to the user by name", null, USER, null);
		task("unassigned, offered to the user's first group", null, null, "restricted-a");
		task("unassigned, offered to the user's second group", null, null, "restricted-b");
		task("unassigned, offered to another group", null, null, "restricted-c");
		task("unassigned, offered to another by name", null, OTHER, null);
		String participant = task("unassigned, the user a mere participant", null, null, "restricted-c");
		this.tasks.addUserIdentityLink(participant, USER, "participant");
		task("assigned to another, nothing else", OTHER, null, null);
	}

	@AfterEach
	void removeThem() {
		this.created.forEach((id) -> this.tasks.deleteTask(id, true));
		for (String user : List.of(USER, OTHER)) {
			this.identity.deleteUser(user);
		}
		for (String group : List.of("restricted-a", "restricted-b", "restricted-c")) {
			this.identity.deleteGroup(group);
		}
	}

	@Test
	void theOneConditionAndTheOrBlockLetThroughTheSameTasks() {
		CurrentUser user = new CurrentUser(USER, Set.of("restricted-a", "restricted-b"));
		List<String> fast = names(user, false);
		assertThat(fast).containsExactlyInAnyOrder("assigned to the user", "unassigned, offered to the user by name",
				"unassigned, offered to the user's first group", "unassigned, offered to the user's second group");
		assertThat(fast).containsExactlyInAnyOrderElementsOf(names(user, true));
	}

	@Test
	void aStaffMemberInNoGroupSeesTheSameEitherWay() {
		CurrentUser ungrouped = new CurrentUser(OTHER, Set.of());
		this.identity.deleteMembership(OTHER, "restricted-c");
		List<String> fast = names(ungrouped, false);
		assertThat(fast).contains("assigned to another, nothing else", "unassigned, offered to another by name")
			.doesNotContain("unassigned, offered to another group");
		assertThat(fast).containsExactlyInAnyOrderElementsOf(names(ungrouped, true));
	}

	private List<String> names(CurrentUser user, boolean asOrBlock) {
		TaskQuery query = this.tasks.createTaskQuery();
		this.visibility.restrict(user, query, asOrBlock);
		return query.list().stream().filter((task) -> this.created.contains(task.getId())).map(Task::getName).toList();
	}

	private void user(String id, String... groups) {
		this.identity.saveUser(this.identity.newUser(id));
		for (String group : groups) {
			if (this.identity.createGroupQuery().groupId(group).count() == 0) {
				this.identity.saveGroup(this.identity.newGroup(group));
			}
			this.identity.createMembership(id, group);
		}
	}

	private String task(String name, String assignee, String candidateUser, String candidateGroup) {
		Task task = this.tasks.newTask();
		task.setName(name);
		task.setAssignee(assignee);
		this.tasks.saveTask(task);
		if (candidateUser != null) {
			this.tasks.addCandidateUser(task.getId(), candidateUser);
		}
		if (candidateGroup != null) {
			this.tasks.addCandidateGroup(task.getId(), candidateGroup);
		}
		this.created.add(task.getId());
		return task.getId();
	}

}
