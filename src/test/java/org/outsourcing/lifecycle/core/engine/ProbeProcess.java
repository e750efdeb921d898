package org.outsourcing.lifecycle.core.engine;

import org.flowable.engine.RepositoryService;

/**
 * A one-task process deployed for an adapter's test only, outside the product's models
 * (and so without the model rules): start, a user task for a candidate group, end.
 */
final class ProbeProcess {

	private ProbeProcess() {
	}

	static void deploy(RepositoryService repository, String key) {
		repository.createDeployment()
			.name(key)
			.addString(key + ".bpmn20.xml", model(key))
			.disableBpmnValidation()
			.deploy();
	}

	/** The model: no form, no deadline, no diagram, so the model rules refuse it. */
	static String model(String key) {
		return """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://outsourcing.org/test">
				  <process id="%s" isExecutable="true">
				    <startEvent id="start"/>
				    <sequenceFlow id="toTask" sourceRef="start" targetRef="probeTask"/>
				    <userTask id="probeTask" name="Probe task" flowable:candidateGroups="probeGroup"/>
				    <sequenceFlow id="toEnd" sourceRef="probeTask" targetRef="end"/>
				    <endEvent id="end"/>
				  </process>
				</definitions>
				""".formatted(key);
	}

	static void undeploy(RepositoryService repository, String key) {
		repository.createDeploymentQuery()
			.deploymentName(key)
			.list()
			.forEach((deployment) -> repository.deleteDeployment(deployment.getId(), true));
	}

}
