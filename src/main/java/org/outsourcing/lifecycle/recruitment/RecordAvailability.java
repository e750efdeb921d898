package org.outsourcing.lifecycle.recruitment;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Computes the working-hour overlap from the candidate's answer and decides whether they
 * fit the schedule ({@link Availability}), keeps the verdict, the computed overlap and
 * the reason of a refusal with this candidate's interview only, and removes the answer
 * from the engagement: the candidates interview in parallel in one process, and one
 * applicant's time zone and hours are not another applicant's business.
 */
@Component("recordAvailability")
class RecordAvailability implements JavaDelegate {

	private static final List<String> ANSWER = List.of(RecruitmentVariables.AVAILABLE_FOR_SCHEDULE,
			RecruitmentVariables.CANDIDATE_TIME_ZONE, RecruitmentVariables.CANDIDATE_WORK_START,
			RecruitmentVariables.CANDIDATE_WORK_END, RecruitmentVariables.CONFIRM_AVAILABILITY_OUTCOME);

	private final Availability availability;

	RecordAvailability(Availability availability) {
		this.availability = availability;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Availability.Verdict verdict = this.availability.judge(execution);
		execution.setVariableLocal(RecruitmentVariables.CANDIDATE_AVAILABLE, verdict.fits());
		verdict.overlap()
			.ifPresent((overlap) -> execution.setVariableLocal(RecruitmentVariables.COMPUTED_OVERLAP_HOURS,
					Availability.hours(overlap).doubleValue()));
		if (verdict.refusal() != null) {
			execution.setVariableLocal(RecruitmentVariables.AVAILABILITY_REFUSAL, verdict.refusal());
		}
		execution.removeVariables(ANSWER);
	}

}
