package org.outsourcing.lifecycle.core;

import static org.outsourcing.lifecycle.core.EngagementVariables.ACCESS_LEVEL;
import static org.outsourcing.lifecycle.core.EngagementVariables.DATA_SENSITIVITY;
import static org.outsourcing.lifecycle.core.EngagementVariables.JOB_CATEGORY;
import static org.outsourcing.lifecycle.core.EngagementVariables.LIAISON;
import static org.outsourcing.lifecycle.core.EngagementVariables.REQUESTED_BY;
import static org.outsourcing.lifecycle.core.EngagementVariables.TITLE;
import static org.outsourcing.lifecycle.core.EngagementVariables.string;

import org.flowable.engine.delegate.DelegateExecution;

/** The parts of the owner's work definition that the engagement record keeps. */
public record WorkDefinition(String engagementId, String title, String jobCategory, String dataSensitivity,
		String accessLevel, String requestedBy, String liaison) {

	public static WorkDefinition of(DelegateExecution execution) {
		return new WorkDefinition(EngagementVariables.engagementId(execution), string(execution, TITLE),
				string(execution, JOB_CATEGORY), string(execution, DATA_SENSITIVITY), string(execution, ACCESS_LEVEL),
				string(execution, REQUESTED_BY), string(execution, LIAISON));
	}

}
