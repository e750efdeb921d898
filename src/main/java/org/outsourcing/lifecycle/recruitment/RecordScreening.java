package org.outsourcing.lifecycle.recruitment;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Records the recruiter's screening of one application. An applicant passes when the
 * recruiter shortlists, which every criterion must hold for (else the choice is refused,
 * naming the unticked checks); when the ad states compliance statements, being able to
 * make them is one of the criteria. A rejected applicant is told.
 */
@Component("recordScreening")
class RecordScreening implements JavaDelegate {

	private static final List<String> CRITERIA = List.of(RecruitmentVariables.QUALIFIED,
			RecruitmentVariables.FOLLOWED_INSTRUCTIONS, RecruitmentVariables.RELEVANT_SAMPLES,
			RecruitmentVariables.WORKS_INDEPENDENTLY);

	private final Applications applications;

	private final Notifications notifications;

	private final JobAds ads;

	RecordScreening(Applications applications, Notifications notifications, JobAds ads) {
		this.applications = applications;
		this.notifications = notifications;
		this.ads = ads;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Application application = this.applications.get(execution.getVariable(RecruitmentVariables.APPLICATION_ID));
		List<String> criteria = new ArrayList<>(CRITERIA);
		if (this.ads.get(application.jobAdId()).complianceNeeds() != null) {
			criteria.add(RecruitmentVariables.MEETS_COMPLIANCE);
		}
		List<String> failed = new ArrayList<>();
		for (String criterion : criteria) {
			if (!Variables.bool(execution, criterion)) {
				failed.add(criterion);
			}
		}
		boolean shortlisted = "shortlist"
			.equals(execution.getVariable(RecruitmentVariables.SCREEN_APPLICATION_OUTCOME));
		if (shortlisted && !failed.isEmpty()) {
			// the recruiter chose to shortlist: refuse rather than reject in their name
			throw new FormValidationException("screenApplication",
					failed.stream()
						.map((criterion) -> new FieldError(criterion,
								"is not ticked: shortlist only an applicant who meets every check, or choose Reject"))
						.toList());
		}
		boolean passed = shortlisted && failed.isEmpty();
		Integer score = Variables.integer(execution, RecruitmentVariables.SCREENING_SCORE);
		String reason = passed ? null : failed.isEmpty() ? "Not among the most promising applications"
				: "Did not meet: " + String.join(", ", failed);
		this.applications.screened(application.id(), passed, (score != null) ? score : 0, reason);
		if (!passed) {
			this.notifications
				.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
						NotificationKind.REJECTION)
				.toUser(application.applicantUserId())
				.send("Your application was not successful", "Thank you for applying, " + application.applicantName()
						+ ". We will not take your application further this time.");
		}
	}

}
