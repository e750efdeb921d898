package org.outsourcing.lifecycle.recruitment;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Decides from a candidate's answer whether they fit the schedule, keeps the verdict with
 * this candidate's interview only, and removes the answer from the engagement: the
 * candidates interview in parallel in one process, and one applicant's time zone and
 * hours are not another applicant's business.
 */
@Component("recordAvailability")
class RecordAvailability implements JavaDelegate {

	private static final List<String> ANSWER = List.of("availableForSchedule", "candidateTimeZone",
			"candidateOverlapHours", "form_confirmAvailability_outcome");

	private final Availability availability;

	RecordAvailability(Availability availability) {
		this.availability = availability;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariableLocal("candidateAvailable", this.availability.fits(execution));
		execution.removeVariables(ANSWER);
	}

}
