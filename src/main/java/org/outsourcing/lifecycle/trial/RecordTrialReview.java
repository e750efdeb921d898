package org.outsourcing.lifecycle.trial;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.dispute.Disputes;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * Keeps the review of the delivery, judged on outcomes against the acceptance criteria,
 * and tells the contractor the verdict with the feedback.
 */
@Component("recordTrialReview")
class RecordTrialReview implements JavaDelegate {

	private final Trials trials;

	private final Notifications notifications;

	private final Disputes disputes;

	RecordTrialReview(Trials trials, Notifications notifications, Disputes disputes) {
		this.trials = trials;
		this.notifications = notifications;
		this.disputes = disputes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long trialId = Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID));
		String review = Variables.requiredText(execution, TrialVariables.REVIEW_TRIAL_OUTCOME);
		String feedback = Variables.requiredText(execution, TrialVariables.REVIEW_FEEDBACK);
		this.trials.review(trialId, review, feedback, CurrentUser.actorId());
		// kept with the delivery it judges: the next review starts blank, not with this
		// one
		execution.removeVariable(TrialVariables.REVIEW_FEEDBACK);
		execution.setVariable(TrialVariables.TRIAL_REVIEW, review);
		if ("accept".equals(review)) {
			this.trials.status(trialId, TrialStatus.ACCEPTED, null);
			execution.setVariable(TrialVariables.TRIAL_OUTCOME, "accepted");
		}
		else if ("reject".equals(review)) {
			this.trials.status(trialId, TrialStatus.REJECTED, feedback);
			execution.setVariable(TrialVariables.TRIAL_OUTCOME, "rejected");
			this.disputes.rejected(execution, "the trial delivery " + this.trials.latestDelivery(trialId), feedback);
		}
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID))
			.send("Review of your trial task: " + review, feedback);
	}

}
