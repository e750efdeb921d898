package org.outsourcing.lifecycle.recruitment;

import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * A shortlisted candidate leaves the interviews: no answer by the scheduling deadline, or
 * not available for the schedule. The model says why in the field {@code reason}.
 */
@Component("recordCandidateWithdrawal")
class RecordCandidateWithdrawal implements JavaDelegate {

	private final Applications applications;

	private final Notifications notifications;

	RecordCandidateWithdrawal(Applications applications, Notifications notifications) {
		this.applications = applications;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getVariable(RecruitmentVariables.APPLICATION_ID));
		Expression reasonField = DelegateHelper.getFieldExpression(execution, "reason");
		String reason = (reasonField != null) ? String.valueOf(reasonField.getValue(execution)) : "withdrawn";
		this.applications.changeStatus(application.id(), ApplicationStatus.SHORTLISTED, ApplicationStatus.WITHDRAWN,
				reason);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(application.applicantUserId())
			.send("You are no longer considered for this work",
					"Your candidacy was withdrawn because you " + reason + ".");
	}

}
