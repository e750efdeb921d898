package org.outsourcing.lifecycle.recruitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_EMAIL;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_NAME;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_TIME_ZONE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_USER_ID;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.COVER_LETTER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.HOURLY_RATE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.INSTRUCTION_ANSWER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.SAMPLES_URL;

/**
 * An application arrived with the {@code applicationReceived} message. It is checked
 * against the form {@code forms/apply.form} (the message start event's form) and stored
 * as an application record; a malformed one fails the request that sent it, so nothing is
 * written. Its fields are then removed from the process: one applicant's details must not
 * stay readable in the engagement's variables.
 */
@Component("recordApplication")
class RecordApplication implements JavaDelegate {

	private static final List<String> PAYLOAD = List.of(APPLICANT_USER_ID, APPLICANT_NAME, APPLICANT_EMAIL,
			COVER_LETTER, SAMPLES_URL, INSTRUCTION_ANSWER, HOURLY_RATE, APPLICANT_TIME_ZONE);

	private final JobAds ads;

	private final Applications applications;

	private final Notifications notifications;

	private final ApplicationForm form;

	private final AuditTrail audit;

	RecordApplication(JobAds ads, Applications applications, Notifications notifications, ApplicationForm form,
			AuditTrail audit) {
		this.ads = ads;
		this.applications = applications;
		this.notifications = notifications;
		this.form = form;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object applicant = execution.getVariable(APPLICANT_USER_ID);
		NewApplication submitted = this.form.read((applicant != null) ? applicant.toString() : null,
				this.form.fieldsOf(execution.getVariables()), true);
		long adId = Long.parseLong((String) execution.getVariable(RecruitmentVariables.AD_ID));
		JobAd ad = this.ads.find(adId).orElseThrow();
		Application application = this.applications.submit(ad, submitted);
		execution.removeVariables(PAYLOAD);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("applicationId", application.id());
		details.put("applicantUserId", application.applicantUserId());
		details.put("adId", ad.id());
		this.audit
			.record(AuditEvent.of(EngagementVariables.engagementId(execution), AuditEntryType.APPLICATION_RECEIVED,
					CurrentUser.actorIdOr(application.applicantUserId()), execution.getProcessInstanceId(), details));
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(application.applicantUserId())
			.send("We received your application: " + ad.headline(), "Thank you, " + application.applicantName()
					+ ". Applications close on " + ad.closesAt() + "; you will hear from us after screening.");
	}

}
