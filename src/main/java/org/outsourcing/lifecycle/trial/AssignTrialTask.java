package org.outsourcing.lifecycle.trial;

import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.contract.ContractVariables;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * Records the trial task and gives it to the contractor: due after the days the owner
 * chose, or after the engagement's {@code trialDeadline}, and never after the cut-off
 * date.
 */
@Component("assignTrialTask")
class AssignTrialTask implements JavaDelegate {

	private final Trials trials;

	private final TrialSchedule schedule;

	private final Deadlines deadlines;

	private final Notifications notifications;

	AssignTrialTask(Trials trials, TrialSchedule schedule, Deadlines deadlines, Notifications notifications) {
		this.trials = trials;
		this.schedule = schedule;
		this.deadlines = deadlines;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Integer days = Variables.integer(execution, TrialVariables.TRIAL_DAYS);
		String duration = (days != null) ? "P" + days + "D"
				: this.deadlines.of(execution, TrialVariables.TRIAL_DEADLINE);
		Instant due = this.schedule.dueAfter(execution, duration, (days != null) ? TrialVariables.TRIAL_DAYS : null);
		String contractor = Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID);
		Trial trial = this.trials.assign(EngagementVariables.engagementId(execution), contractor,
				Variables.requiredText(execution, TrialVariables.TRIAL_INSTRUCTIONS),
				Variables.requiredText(execution, TrialVariables.TRIAL_ACCEPTANCE_CRITERIA),
				Variables.requiredDecimal(execution, ContractVariables.TRIAL_FEE),
				Variables.requiredText(execution, ContractVariables.CURRENCY), due, CurrentUser.actorId());
		execution.setVariable(TrialVariables.TRIAL_ID, String.valueOf(trial.id()));
		execution.setVariable(TrialVariables.TRIAL_REVISIONS, 0);
		execution.setVariable(TrialVariables.TRIAL_EXTENDED, false);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(contractor)
			.send("Your paid trial task", "Please deliver by " + due + ". Instructions and acceptance criteria are in "
					+ "your task; the fee is " + trial.fee() + " " + trial.currency() + ".");
	}

}
