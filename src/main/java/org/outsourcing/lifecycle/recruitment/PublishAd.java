package org.outsourcing.lifecycle.recruitment;

import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.engagement.CutOffDate;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;

import org.springframework.stereotype.Component;

/**
 * Publishes the recruiter's ad (again, on a repost) with an application window that
 * closes after {@code applicationWindow}. The ad states the owner's cut-off date and the
 * compliance statements the contract will require.
 */
@Component("publishAd")
class PublishAd implements JavaDelegate {

	private final JobAds ads;

	private final Engagements engagements;

	private final Deadlines deadlines;

	private final EngineTime time;

	PublishAd(JobAds ads, Engagements engagements, Deadlines deadlines, EngineTime time) {
		this.ads = ads;
		this.engagements = engagements;
		this.deadlines = deadlines;
		this.time = time;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		Integer published = Variables.integer(execution, RecruitmentVariables.AD_PUBLICATIONS);
		int publication = (published != null) ? published + 1 : 1;
		AdText text = new AdText(Variables.requiredText(execution, RecruitmentVariables.AD_HEADLINE),
				Variables.requiredText(execution, RecruitmentVariables.REQUIREMENTS),
				Variables.text(execution, RecruitmentVariables.PREFERENCES),
				Variables.requiredText(execution, RecruitmentVariables.APPLICATION_INSTRUCTION),
				Variables.text(execution, RecruitmentVariables.RATE_OFFERED), CutOffDate.of(execution).orElse(null),
				Variables.text(execution, RecruitmentVariables.COMPLIANCE_NEEDS));
		Instant closesAt = this.deadlines.due(execution, RecruitmentVariables.APPLICATION_WINDOW, this.time.now());
		JobAd ad = this.ads.publish(engagementId, publication, text, CurrentUser.actorId(), closesAt);
		execution.setVariable(RecruitmentVariables.AD_ID, String.valueOf(ad.id()));
		execution.setVariable(RecruitmentVariables.AD_PUBLICATIONS, publication);
		this.engagements.progress(engagementId, EngagementStatus.RECRUITING,
				"Ad published (publication " + publication + "), open until " + closesAt);
	}

}
