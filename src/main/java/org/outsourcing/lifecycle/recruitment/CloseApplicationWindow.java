package org.outsourcing.lifecycle.recruitment;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * The window closed: the ad stops taking applications and the process learns how many
 * came.
 */
@Component("closeApplicationWindow")
class CloseApplicationWindow implements JavaDelegate {

	private final JobAds ads;

	private final Applications applications;

	CloseApplicationWindow(JobAds ads, Applications applications) {
		this.ads = ads;
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long adId = Long.parseLong((String) execution.getVariable(RecruitmentVariables.AD_ID));
		this.ads.close(adId, JobAdStatus.CLOSED);
		int received = this.applications.count(adId);
		execution.setVariable(RecruitmentVariables.APPLICATIONS_RECEIVED, received);
		execution.setVariable(RecruitmentVariables.AD_OUTCOME, (received > 0) ? "applications" : "none");
	}

}
