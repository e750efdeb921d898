package org.outsourcing.lifecycle.recruitment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * Keeps the five most promising of the applications that passed screening (best screening
 * score first, earliest application on a tie); the others are told no.
 */
@Component("shortlistCandidates")
class ShortlistCandidates implements JavaDelegate {

	private final Applications applications;

	private final Notifications notifications;

	ShortlistCandidates(Applications applications, Notifications notifications) {
		this.applications = applications;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long adId = Long.parseLong((String) execution.getVariable(RecruitmentVariables.AD_ID));
		List<Application> passed = new ArrayList<>(this.applications.forAd(adId, ApplicationStatus.PASSED));
		passed
			.sort(Comparator.comparing((Application a) -> -a.screeningScore()).thenComparing(Application::submittedAt));
		List<String> shortlist = new ArrayList<>();
		for (Application application : passed) {
			if (shortlist.size() < RecruitmentVariables.MAX_SHORTLIST) {
				this.applications.changeStatus(application.id(), ApplicationStatus.PASSED,
						ApplicationStatus.SHORTLISTED, null);
				shortlist.add(application.applicantUserId());
				notify(execution, application, NotificationKind.INFORMATION, "You are shortlisted",
						"We would like to interview you; a recruiter will propose a time.");
			}
			else {
				this.applications.changeStatus(application.id(), ApplicationStatus.PASSED, ApplicationStatus.REJECTED,
						"Not among the " + RecruitmentVariables.MAX_SHORTLIST + " most promising applications");
				notify(execution, application, NotificationKind.REJECTION, "Your application was not successful",
						"Thank you for applying. Other applicants matched the work more closely this time.");
			}
		}
		execution.setVariable(RecruitmentVariables.SHORTLIST, String.join(",", shortlist));
		execution.setVariable(RecruitmentVariables.SCREENING_OUTCOME, shortlist.isEmpty() ? "empty" : "shortlisted");
	}

	private void notify(DelegateExecution execution, Application application, NotificationKind kind, String subject,
			String body) {
		this.notifications.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(), kind)
			.toUser(application.applicantUserId())
			.send(subject, body);
	}

}
