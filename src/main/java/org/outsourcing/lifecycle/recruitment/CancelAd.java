package org.outsourcing.lifecycle.recruitment;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Nobody applied, even after the allowed reposts: the ad is cancelled and the owner told.
 */
@Component("cancelAd")
class CancelAd implements JavaDelegate {

	private final JobAds ads;

	private final Notifications notifications;

	CancelAd(JobAds ads, Notifications notifications) {
		this.ads = ads;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long adId = Long.parseLong((String) execution.getVariable(RecruitmentVariables.AD_ID));
		this.ads.cancel(adId);
		execution.setVariable(RecruitmentVariables.AD_OUTCOME, "cancelled");
		Object publications = execution.getVariable(RecruitmentVariables.AD_PUBLICATIONS);
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toGroup("owner")
			.send("No applications for '" + execution
				.getVariable(EngagementVariables.TITLE) + "'", "The ad was published " + publications
						+ " times and nobody applied; it is cancelled. Consider changing the rate or the requirements.");
	}

}
