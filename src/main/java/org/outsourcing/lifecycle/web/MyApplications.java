package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.List;

import org.outsourcing.lifecycle.recruitment.Application;
import org.outsourcing.lifecycle.recruitment.Applications;
import org.outsourcing.lifecycle.recruitment.JobAd;
import org.outsourcing.lifecycle.recruitment.JobAds;

import org.springframework.stereotype.Component;

/**
 * What an applicant sees of their own applications in their inbox: for which ad, when,
 * and where it stands, in words. Between the application and a first task (an interview
 * to schedule, a contract to sign) this is all there is for them to see.
 */
@Component
class MyApplications {

	private final Applications applications;

	private final JobAds ads;

	MyApplications(Applications applications, JobAds ads) {
		this.applications = applications;
		this.ads = ads;
	}

	List<Line> of(String userId) {
		return this.applications.ofApplicant(userId)
			.stream()
			.map((application) -> new Line(application.id(), headline(application), application.submittedAt(),
					status(application)))
			.toList();
	}

	private String headline(Application application) {
		return this.ads.find(application.jobAdId()).map(JobAd::headline).orElse("(ad withdrawn)");
	}

	private static String status(Application application) {
		return switch (application.status()) {
			case SUBMITTED -> "Received: waiting for screening";
			case PASSED, SHORTLISTED -> "Shortlisted: you will be invited to an interview";
			case INTERVIEWED -> "Interviewed: waiting for the decision";
			case SELECTED -> "Selected: an offer follows";
			case REJECTED, NOT_SELECTED -> "Not taken further";
			case WITHDRAWN -> "Withdrawn";
		};
	}

	record Line(long id, String headline, Instant submittedAt, String status) {
	}

}
