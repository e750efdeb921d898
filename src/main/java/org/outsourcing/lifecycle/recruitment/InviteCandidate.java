package org.outsourcing.lifecycle.recruitment;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Sends the candidate the proposed interview time. The time stays with this candidate's
 * interview: every candidate is scheduled in parallel in one process, and each must see
 * their own slot, never another candidate's.
 */
@Component("inviteCandidate")
class InviteCandidate implements JavaDelegate {

	private static final List<String> SLOT = List.of(RecruitmentVariables.INTERVIEW_DATE,
			RecruitmentVariables.INTERVIEW_TIME, RecruitmentVariables.INTERVIEW_TIME_ZONE,
			RecruitmentVariables.MEETING_LINK);

	private final Applications applications;

	private final Notifications notifications;

	InviteCandidate(Applications applications, Notifications notifications) {
		this.applications = applications;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		for (String name : SLOT) {
			Object value = execution.getVariable(name);
			execution.removeVariable(name);
			execution.setVariableLocal(name, value);
		}
		execution.removeVariable(RecruitmentVariables.SCHEDULE_INTERVIEW_OUTCOME);
		Application candidate = this.applications.get(execution.getVariable(RecruitmentVariables.APPLICATION_ID));
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(candidate.applicantUserId())
			.send("Please confirm your interview",
					"We propose " + execution.getVariable(RecruitmentVariables.INTERVIEW_DATE) + " at "
							+ execution.getVariable(RecruitmentVariables.INTERVIEW_TIME) + " "
							+ execution.getVariable(RecruitmentVariables.INTERVIEW_TIME_ZONE) + " ("
							+ execution.getVariable(RecruitmentVariables.MEETING_LINK)
							+ "). Please confirm it and your availability for the whole schedule.");
	}

}
