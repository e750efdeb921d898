package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.core.LifecycleProperties;
import org.outsourcing.lifecycle.notification.CalendarInvitation;
import org.outsourcing.lifecycle.notification.Recipients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The calendar invitation to one candidate's interview, from the slot the recruiter
 * proposed: the date and time are read in the zone the recruiter chose (daylight saving
 * included) and the meeting lasts {@code lifecycle.interviews.length}.
 */
@Component
class InterviewInvitations {

	private final Recipients recipients;

	private final String organizer;

	private final Duration length;

	InterviewInvitations(Recipients recipients, LifecycleProperties properties,
			@Value("${lifecycle.interviews.length:PT1H}") Duration length) {
		this.recipients = recipients;
		this.organizer = properties.notifications().from();
		this.length = length;
	}

	CalendarInvitation of(VariableContainer interview, Application candidate, String title) {
		Instant start = LocalDate.parse(text(interview, RecruitmentVariables.INTERVIEW_DATE))
			.atTime(LocalTime.parse(text(interview, RecruitmentVariables.INTERVIEW_TIME)))
			.atZone(ZoneId.of(text(interview, RecruitmentVariables.INTERVIEW_TIME_ZONE)))
			.toInstant();
		List<String> attendees = new ArrayList<>();
		if (candidate.email() != null && !candidate.email().isBlank()) {
			attendees.add(candidate.email());
		}
		attendees.addAll(this.recipients.ofGroup(Groups.INTERVIEWER));
		String link = text(interview, RecruitmentVariables.MEETING_LINK);
		return new CalendarInvitation("interview-" + candidate.id() + "@outsourcing-lifecycle", start,
				start.plus(this.length), "Interview: " + candidate.applicantName() + " for '" + title + "'",
				"Video call: " + link, link, this.organizer, attendees);
	}

	private static String text(VariableContainer interview, String name) {
		return String.valueOf(interview.getVariable(name));
	}

}
