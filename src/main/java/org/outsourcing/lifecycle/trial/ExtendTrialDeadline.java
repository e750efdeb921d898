package org.outsourcing.lifecycle.trial;

import java.time.Instant;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/** The reviewer gives a late trial one more chance: a new deadline, once. */
@Component("extendTrialDeadline")
class ExtendTrialDeadline implements JavaDelegate {

	private final Trials trials;

	private final TrialSchedule schedule;

	private final Notifications notifications;

	ExtendTrialDeadline(Trials trials, TrialSchedule schedule, Notifications notifications) {
		this.trials = trials;
		this.schedule = schedule;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Integer days = Variables.integer(execution, TrialVariables.EXTENSION_DAYS);
		if (days == null || days < 1) {
			throw new FlowableIllegalArgumentException(
					TrialVariables.EXTENSION_DAYS + ": say how many days the extension gives");
		}
		Instant due = this.schedule.dueAfter(execution, "P" + days + "D", TrialVariables.EXTENSION_DAYS);
		this.trials.reschedule(Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID)), due, true);
		execution.setVariable(TrialVariables.TRIAL_EXTENDED, true);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID))
			.send("Your trial task deadline is extended once",
					"The deadline passed; you now have until " + due + ". There is no further extension.");
	}

}
