package org.outsourcing.lifecycle.recruitment;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.notification.Attachment;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Sends the candidate and the interviewers the proposed interview time with a calendar
 * invitation. The time stays with this candidate's interview: every candidate is
 * scheduled in parallel in one process, and each must see their own slot, never another
 * candidate's.
 */
@Component("inviteCandidate")
class InviteCandidate implements JavaDelegate {

	private static final List<String> SLOT = List.of(RecruitmentVariables.INTERVIEW_DATE,
			RecruitmentVariables.INTERVIEW_TIME, RecruitmentVariables.INTERVIEW_TIME_ZONE,
			RecruitmentVariables.MEETING_LINK);

	private final Applications applications;

	private final Notifications notifications;

	private final InterviewInvitations invitations;

	private final EngineTime time;

	InviteCandidate(Applications applications, Notifications notifications, InterviewInvitations invitations,
			EngineTime time) {
		this.applications = applications;
		this.notifications = notifications;
		this.invitations = invitations;
		this.time = time;
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
		String title = String.valueOf(execution.getVariable(EngagementVariables.TITLE));
		Attachment invitation = this.invitations.of(execution, candidate, title).asAttachment(this.time.now());
		String when = execution.getVariable(RecruitmentVariables.INTERVIEW_DATE) + " at "
				+ execution.getVariable(RecruitmentVariables.INTERVIEW_TIME) + " "
				+ execution.getVariable(RecruitmentVariables.INTERVIEW_TIME_ZONE) + " ("
				+ execution.getVariable(RecruitmentVariables.MEETING_LINK) + ")";
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(candidate.applicantUserId())
			.attach(invitation)
			.send("Please confirm your interview",
					"We propose " + when + ". Please confirm it and your availability for the whole schedule.");
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toGroup(Groups.INTERVIEWER)
			.attach(invitation)
			.send("Interview with " + candidate.applicantName() + " for '" + title + "'",
					"The interview is proposed for " + when + "; the candidate is asked to confirm it.");
	}

}
