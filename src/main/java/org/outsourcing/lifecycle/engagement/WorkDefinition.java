package org.outsourcing.lifecycle.engagement;

import static org.outsourcing.lifecycle.engagement.EngagementVariables.ACCESS_LEVEL;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.DATA_SENSITIVITY;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.JOB_CATEGORY;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.LIAISON;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.REQUESTED_BY;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.TITLE;
import static org.outsourcing.lifecycle.engagement.EngagementVariables.string;

import org.flowable.engine.delegate.DelegateExecution;

/** The parts of the owner's work definition that the engagement record keeps. */
public record WorkDefinition(String engagementId, String title, String jobCategory, String dataSensitivity,
		String accessLevel, String requestedBy, String liaison) {

	static WorkDefinition of(DelegateExecution execution) {
		return new WorkDefinition(EngagementVariables.engagementId(execution), string(execution, TITLE),
				string(execution, JOB_CATEGORY), string(execution, DATA_SENSITIVITY), string(execution, ACCESS_LEVEL),
				string(execution, REQUESTED_BY), string(execution, LIAISON));
	}

}
