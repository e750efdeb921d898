package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.time.Instant;

/** An applicant's application to an engagement's ad, with where it stands. */
public record Application(long id, String engagementId, long jobAdId, String applicantUserId, String applicantName,
		String email, String coverLetter, String samplesUrl, String instructionAnswer, BigDecimal hourlyRate,
		String timeZone, ApplicationStatus status, String statusReason, Integer screeningScore, Integer interviewScore,
		Instant submittedAt) {

}
