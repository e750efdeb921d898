package org.outsourcing.lifecycle.recruitment;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/** Keeps the interviewer's scorecard: work ethic, skills and clarity of communication. */
@Component("recordScorecard")
class RecordScorecard implements JavaDelegate {

	private final Applications applications;

	RecordScorecard(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getVariable(RecruitmentVariables.APPLICATION_ID));
		Scorecard scorecard = new Scorecard(CurrentUser.actorId(),
				Variables.requiredInteger(execution, RecruitmentVariables.WORK_ETHIC),
				Variables.requiredInteger(execution, RecruitmentVariables.SKILLS),
				Variables.requiredInteger(execution, RecruitmentVariables.COMMUNICATION),
				Variables.requiredText(execution, RecruitmentVariables.RECOMMENDATION),
				Variables.text(execution, RecruitmentVariables.INTERVIEW_NOTES));
		this.applications.interviewed(application.id(), scorecard);
	}

}
