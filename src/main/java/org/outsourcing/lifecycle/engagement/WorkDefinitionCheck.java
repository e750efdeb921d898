package org.outsourcing.lifecycle.engagement;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.stereotype.Component;

/**
 * Whether an engagement was started with everything the outsourcing policy needs. One
 * started through the REST API with only a title goes to the owner's "Define the work"
 * task first.
 */
@Component("workDefinitionCheck")
public class WorkDefinitionCheck {

	private static final List<String> NEEDED = List.of(EngagementVariables.TITLE, EngagementVariables.JOB_CATEGORY,
			EngagementVariables.DELIVERABLES, EngagementVariables.ACCEPTANCE_CRITERIA, EngagementVariables.GOAL,
			EngagementVariables.DATA_SENSITIVITY, EngagementVariables.LIAISON);

	public boolean isComplete(DelegateExecution execution) {
		return NEEDED.stream().allMatch((name) -> {
			Object value = execution.getVariable(name);
			return value != null && !value.toString().isBlank();
		});
	}

}
