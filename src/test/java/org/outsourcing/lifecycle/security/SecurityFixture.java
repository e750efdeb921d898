package org.outsourcing.lifecycle.security;

import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.boot.test.context.TestComponent;

/**
 * Two engagements of the test-only process {@code securityTest}, one per applicant
 * ({@code contractor} and {@code contractor2}), each with open tasks for owner, recruiter
 * and legal and one task assigned to its applicant. Variables: {@code title} and
 * {@code deliverables} are shared with contractors (forms/defineWork.form);
 * {@code clientContactEmail} and {@code budgetMax} are not.
 */
@TestComponent
class SecurityFixture {

	static final String PROCESS = "securityTest";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskService tasks;

	SecurityFixture(RepositoryService repository, RuntimeService runtime, TaskService tasks) {
		this.repository = repository;
		this.runtime = runtime;
		this.tasks = tasks;
	}

	Engagement start(String applicant, String title, String clientContactEmail) {
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
			this.repository.createDeployment()
				.disableBpmnValidation()
				.name(PROCESS)
				.addClasspathResource("security/securityTest.bpmn20.xml")
				.deploy();
		}
		String id = this.runtime
			.startProcessInstanceByKey(PROCESS, Map.of("contractorUserId", applicant, "title", title, "deliverables",
					"Deliverables of " + title, "clientContactEmail", clientContactEmail, "budgetMax", 12345))
			.getId();
		return new Engagement(id, applicant, title, clientContactEmail, task(id, "submitWork"), task(id, "reviewWork"),
				task(id, "screenApplication"), task(id, "draftContract"));
	}

	private String task(String processInstanceId, String key) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(key)
			.singleResult();
		return task.getId();
	}

	record Engagement(String processInstanceId, String applicant, String title, String clientContactEmail,
			String contractorTask, String ownerTask, String recruiterTask, String legalTask) {

	}

}
