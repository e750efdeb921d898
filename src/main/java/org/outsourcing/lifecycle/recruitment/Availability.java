package org.outsourcing.lifecycle.recruitment;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * Whether a candidate can do the work when it must be done: available for the whole
 * schedule, and for time-critical work with at least the working-hour overlap the owner
 * asked for.
 */
@Component("availability")
public class Availability {

	public boolean fits(VariableContainer execution) {
		if (!"confirm".equals(execution.getVariable(RecruitmentVariables.CONFIRM_AVAILABILITY_OUTCOME))
				|| !Variables.bool(execution, RecruitmentVariables.AVAILABLE_FOR_SCHEDULE)) {
			return false;
		}
		if (!Variables.bool(execution, RecruitmentVariables.TIME_CRITICAL)) {
			return true;
		}
		Integer needed = Variables.integer(execution, RecruitmentVariables.OVERLAP_HOURS);
		Integer offered = Variables.integer(execution, RecruitmentVariables.CANDIDATE_OVERLAP_HOURS);
		return needed == null || (offered != null && offered >= needed);
	}

}
