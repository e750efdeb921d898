package org.outsourcing.lifecycle.core.engine;

import java.util.Set;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GroupParticipants} in the real engine: a task's candidate group, from the model
 * or added later, participates in the process once, running and in the history. An
 * upgrade that changes the engine's identity-link interceptor fails here.
 */
@SpringBootTest
class GroupParticipantsTest {

	private static final String PROBE = "groupParticipantsProbe";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	@AfterEach
	void undeploy() {
		ProbeProcess.undeploy(this.repository, PROBE);
	}

	@Test
	void aCandidateGroupParticipatesOnce() {
		ProbeProcess.deploy(this.repository, PROBE);
		ProcessInstance started = this.runtime.startProcessInstanceByKey(PROBE);
		Task task = this.tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
		this.tasks.addCandidateGroup(task.getId(), "laterGroup");
		this.tasks.deleteCandidateGroup(task.getId(), "probeGroup");
		this.tasks.addCandidateGroup(task.getId(), "probeGroup");
		assertThat(this.runtime.createProcessInstanceQuery().involvedGroups(Set.of("probeGroup")).list())
			.extracting(ProcessInstance::getId)
			.containsExactly(started.getId());
		assertThat(this.runtime.createProcessInstanceQuery().involvedGroups(Set.of("laterGroup")).count()).isOne();
		assertThat(this.runtime.getIdentityLinksForProcessInstance(started.getId()))
			.filteredOn((link) -> IdentityLinkType.PARTICIPANT.equals(link.getType()) && link.getGroupId() != null)
			.extracting((link) -> link.getGroupId())
			.containsExactlyInAnyOrder("probeGroup", "laterGroup");
		this.tasks.complete(task.getId());
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.involvedGroups(Set.of("probeGroup"))
			.processInstanceId(started.getId())
			.count()).isOne();
	}

}
