package org.outsourcing.lifecycle.forms;

import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.task.api.Task;

/**
 * Reaches the form of every file in {@code forms/} through a real user task: deploys,
 * once per test context, a test-only process per form with one task that uses it, so the
 * tests cover forms whose stage processes they cannot easily drive to that task.
 */
class FormBench {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final FormRegistry registry;

	FormBench(RepositoryService repository, RuntimeService runtime, TaskService tasks, FormRegistry registry) {
		this.repository = repository;
		this.runtime = runtime;
		this.tasks = tasks;
		this.registry = registry;
	}

	static String processKey(String formKey) {
		return "formBench_" + formKey;
	}

	/** A new open task whose form is this one; its process holds these variables. */
	synchronized Task openTask(String formKey, Map<String, Object> processVariables) {
		deployOnce();
		String instance = this.runtime.startProcessInstanceByKey(processKey(formKey), processVariables).getId();
		return this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
	}

	/** A process whose start event has this form. */
	synchronized String startFormProcess(String formKey) {
		deployOnce();
		return processKey(formKey) + "_start";
	}

	private void deployOnce() {
		if (this.repository.createDeploymentQuery().deploymentName("formBench").count() > 0) {
			return;
		}
		DeploymentBuilder deployment = this.repository.createDeployment().name("formBench").disableBpmnValidation();
		for (FormDefinition form : this.registry.all()) {
			String key = processKey(form.key());
			deployment.addString(key + ".bpmn20.xml", """
					<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
					    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://outsourcing.org/test">
					<process id="%1$s" name="Bench %2$s" isExecutable="true">
					  <startEvent id="start" name="Started"/>
					  <sequenceFlow id="toFill" sourceRef="start" targetRef="fill"/>
					  <userTask id="fill" name="Fill %2$s" flowable:candidateGroups="owner" flowable:formKey="%2$s"/>
					  <sequenceFlow id="toEnd" sourceRef="fill" targetRef="wait"/>
					  <userTask id="wait" name="Look at the values" flowable:candidateGroups="owner"/>
					  <sequenceFlow id="toDone" sourceRef="wait" targetRef="done"/>
					  <endEvent id="done" name="Done"/>
					</process>
					</definitions>
					""".formatted(key, form.key()));
			deployment.addString(key + "_start.bpmn20.xml", """
					<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
					    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://outsourcing.org/test">
					<process id="%1$s_start" name="Bench start %2$s" isExecutable="true">
					  <startEvent id="start" name="Started" flowable:formKey="%2$s"/>
					  <sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
					  <userTask id="wait" name="Look at the values" flowable:candidateGroups="owner"/>
					  <sequenceFlow id="toDone" sourceRef="wait" targetRef="done"/>
					  <endEvent id="done" name="Done"/>
					</process>
					</definitions>
					""".formatted(key, form.key()));
		}
		deployment.deploy();
	}

}
