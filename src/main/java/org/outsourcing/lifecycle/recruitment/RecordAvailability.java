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

	private static final List<String> ANSWER = List.of(RecruitmentVariables.AVAILABLE_FOR_SCHEDULE,
			RecruitmentVariables.CANDIDATE_TIME_ZONE, RecruitmentVariables.CANDIDATE_OVERLAP_HOURS,
			RecruitmentVariables.CONFIRM_AVAILABILITY_OUTCOME);

	private final Availability availability;

	RecordAvailability(Availability availability) {
		this.availability = availability;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariableLocal(RecruitmentVariables.CANDIDATE_AVAILABLE, this.availability.fits(execution));
		execution.removeVariables(ANSWER);
	}

}
