package org.outsourcing.lifecycle.web;

import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.security.ProcessVisibility;
import org.outsourcing.lifecycle.security.TaskVisibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One submission of a task's page asks once whether the user may see the task: the open
 * task that {@code TaskForms.open} returns carries that answer to reading the form and
 * completing it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaskPageChecksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@MockitoSpyBean
	TaskVisibility taskVisibility;

	@MockitoSpyBean
	ProcessVisibility processVisibility;

	@Test
	void aSubmissionFromTheTaskPageChecksVisibilityOnce() throws Exception {
		this.repository.createDeployment()
			.disableBpmnValidation()
			.addClasspathResource("security/securityTest.bpmn20.xml")
			.deploy();
		String processInstanceId = this.runtime
			.startProcessInstanceByKey("securityTest", Map.of("contractorUserId", "contractor", "title", "Checked once",
					"deliverables", "Texts", "clientContactEmail", "client@acme.example", "budgetMax", 100))
			.getId();
		String taskId = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey("reviewWork")
			.singleResult()
			.getId();
		clearInvocations(this.taskVisibility, this.processVisibility);

		// the form's required fields are missing: the whole path runs up to the
		// engine's refusal
		this.mvc
			.perform(post("/tasks/{taskId}", taskId).param("_outcome", "approve")
				.with(user("owner").authorities(new SimpleGrantedAuthority("GROUP_owner")))
				.with(csrf()))
			.andExpect(status().isBadRequest());

		verify(this.taskVisibility, times(1)).requireVisible(anyString());
		verify(this.processVisibility, never()).canSeeTask(any(), anyString());
	}

}
