package org.outsourcing.lifecycle.trial;

import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * Ends the trial without acceptance: failed (not delivered in time) or rejected (still
 * not acceptable after the allowed revisions). The model names the outcome and the reason
 * as the fields {@code outcome} and {@code reason}.
 */
@Component("endTrial")
class EndTrial implements JavaDelegate {

	private final Trials trials;

	private final Notifications notifications;

	EndTrial(Trials trials, Notifications notifications) {
		this.trials = trials;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String outcome = field(execution, "outcome");
		String reason = field(execution, "reason");
		this.trials.status(Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID)),
				"failed".equals(outcome) ? TrialStatus.FAILED : TrialStatus.REJECTED, reason);
		execution.setVariable(TrialVariables.TRIAL_OUTCOME, outcome);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID))
			.send("Your trial task ended", reason);
	}

	private static String field(DelegateExecution execution, String name) {
		Expression expression = DelegateHelper.getFieldExpression(execution, name);
		return String.valueOf(expression.getValue(execution));
	}

}
