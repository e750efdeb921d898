package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.List;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a deployed model names a form that {@code forms/} does not have:
 * such a task could be reached but never completed.
 */
@Component
class DeployedFormKeys implements SmartInitializingSingleton {

	private final RepositoryService repository;

	private final FormRegistry registry;

	DeployedFormKeys(RepositoryService repository, FormRegistry registry) {
		this.repository = repository;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> missing = new ArrayList<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery().list()) {
			missing.addAll(missingForms(definition));
		}
		if (!missing.isEmpty()) {
			throw new InvalidFormException(
					"Models name forms that forms/ does not have: " + String.join("; ", missing));
		}
	}

	List<String> missingForms(ProcessDefinition definition) {
		BpmnModel model = this.repository.getBpmnModel(definition.getId());
		List<String> missing = new ArrayList<>();
		for (org.flowable.bpmn.model.Process process : model.getProcesses()) {
			for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
				String formKey = (element instanceof UserTask task) ? task.getFormKey()
						: (element instanceof StartEvent start) ? start.getFormKey() : null;
				if (formKey != null && !formKey.isBlank()
						&& this.registry.find(definition.getId(), formKey).isEmpty()) {
					missing.add(definition.getResourceName() + ", " + element.getId() + ": formKey '" + formKey
							+ "' has no forms/" + FormRegistry.keyOf(formKey) + ".form");
				}
			}
		}
		return missing;
	}

}
