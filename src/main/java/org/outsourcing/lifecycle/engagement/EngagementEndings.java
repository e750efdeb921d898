package org.outsourcing.lifecycle.engagement;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * Says in words why a recruitment round or an engagement ends, for records and
 * offboarding.
 */
@Component("engagementEndings")
public class EngagementEndings {

	/** Why the engagement goes to offboarding: the trial's or the retainer's outcome. */
	public String reason(VariableContainer execution) {
		Object trial = execution.getVariable(EngagementVariables.TRIAL_OUTCOME);
		if (!"accepted".equals(trial)) {
			return "Trial task " + trial;
		}
		Object retainer = execution.getVariable(EngagementVariables.RETAINER_OUTCOME);
		Object notice = execution.getVariable(EngagementVariables.NOTICE_REASON);
		return "Retainer ended: " + ((retainer != null) ? retainer : "unknown")
				+ (("notice".equals(retainer) && notice != null) ? " (" + notice + ")" : "");
	}

	static String whyNoHire(VariableContainer execution) {
		if (!"shortlisted".equals(execution.getVariable(EngagementVariables.SCREENING_OUTCOME))) {
			return "nobody shortlisted";
		}
		if (!"selected".equals(execution.getVariable(EngagementVariables.SELECTION_OUTCOME))) {
			return "nobody selected";
		}
		if ("nobodyChosen".equals(execution.getVariable(EngagementVariables.CONTRACT_OUTCOME))) {
			return "the owner chose nobody else to offer the work to";
		}
		return "no candidate left to sign";
	}

}
