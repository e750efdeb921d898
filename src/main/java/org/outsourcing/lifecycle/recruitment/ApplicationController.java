package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applicants apply to an engagement's open ad; recruiters and owners read the
 * applications. An applicant applies as themselves: the applicant is the authenticated
 * user, never a field of the request.
 */
@RestController
class ApplicationController {

	private final ApplicationIntake intake;

	private final Applications applications;

	private final ApplicationForm form;

	ApplicationController(ApplicationIntake intake, Applications applications, ApplicationForm form) {
		this.intake = intake;
		this.applications = applications;
		this.form = form;
	}

	@PostMapping("/api/engagements/{engagementId}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationView apply(@PathVariable String engagementId, @RequestBody ApplicationRequest request,
			Principal applicant) {
		NewApplication application = this.form.read(applicant.getName(), request.formValues(), false);
		return ApplicationView.of(this.intake.submit(engagementId, application));
	}

	/** Staff see every application; an applicant sees only their own. */
	@GetMapping("/api/engagements/{engagementId}/applications")
	List<ApplicationView> list(@PathVariable String engagementId, Authentication user) {
		boolean staff = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> List
				.of("GROUP_owner", "GROUP_recruiter", "GROUP_interviewer", "GROUP_admin", "GROUP_auditor")
				.contains(authority.getAuthority()));
		return this.applications.forEngagement(engagementId)
			.stream()
			.filter((application) -> staff || application.applicantUserId().equals(user.getName()))
			.map(ApplicationView::of)
			.toList();
	}

	record ApplicationRequest(String applicantName, String email, String coverLetter, String samplesUrl,
			String instructionAnswer, BigDecimal hourlyRate, String timeZone) {

		/** The request's values by the field ids of {@code forms/apply.form}. */
		Map<String, Object> formValues() {
			Map<String, Object> values = new HashMap<>();
			values.put(RecruitmentVariables.APPLICANT_NAME, this.applicantName);
			values.put(RecruitmentVariables.APPLICANT_EMAIL, this.email);
			values.put(RecruitmentVariables.COVER_LETTER, this.coverLetter);
			values.put(RecruitmentVariables.SAMPLES_URL, this.samplesUrl);
			values.put(RecruitmentVariables.INSTRUCTION_ANSWER, this.instructionAnswer);
			values.put(RecruitmentVariables.HOURLY_RATE, this.hourlyRate);
			values.put(RecruitmentVariables.APPLICANT_TIME_ZONE, this.timeZone);
			return values;
		}

	}

	record ApplicationView(long id, String engagementId, String applicantUserId, String applicantName, String status,
			String statusReason, String submittedAt) {

		static ApplicationView of(Application application) {
			return new ApplicationView(application.id(), application.engagementId(), application.applicantUserId(),
					application.applicantName(), application.status().name(), application.statusReason(),
					application.submittedAt().toString());
		}

	}

}
