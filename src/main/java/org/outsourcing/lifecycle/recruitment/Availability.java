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
		if (!"confirm".equals(execution.getVariable("form_confirmAvailability_outcome"))
				|| !Variables.bool(execution, "availableForSchedule")) {
			return false;
		}
		if (!Variables.bool(execution, "timeCritical")) {
			return true;
		}
		Integer needed = Variables.integer(execution, "overlapHours");
		Integer offered = Variables.integer(execution, "candidateOverlapHours");
		return needed == null || (offered != null && offered >= needed);
	}

}
