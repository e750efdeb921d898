package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Values a recruiter, an applicant or an interviewer would enter, valid for their forms.
 */
public final class RecruitmentFixtures {

	private RecruitmentFixtures() {
	}

	public static Map<String, Object> engagement() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", "Monthly newsletter");
		variables.put("deliverables", "One newsletter a month");
		variables.put("schedule", "10 hours a week");
		variables.put("cutOffDate", "2027-03-31");
		variables.put("timeCritical", false);
		return variables;
	}

	public static Map<String, Object> ad() {
		Map<String, Object> values = new HashMap<>();
		values.put("adHeadline", "Freelance newsletter writer");
		values.put("requirements", "Three years of e-mail marketing; samples of newsletters");
		values.put("applicationInstruction", "Start your cover letter with the word Pineapple");
		values.put("rateOffered", "USD 30-40 an hour");
		values.put("form_writeAd_outcome", "publish");
		return values;
	}

	/**
	 * The ad again, with these changes, as the recruiter publishes it after nobody
	 * applied.
	 */
	static Map<String, Object> revisedAd(Map<String, Object> changes) {
		Map<String, Object> values = ad();
		values.remove("form_writeAd_outcome");
		values.putAll(changes);
		values.put("form_reviseAd_outcome", "publish");
		return values;
	}

	static NewApplication application(String userId, String name) {
		return new NewApplication(userId, name, userId + "@example.com", "Pineapple. I write newsletters people read.",
				"https://portfolio.example.com/" + userId, "Pineapple", new BigDecimal("35.00"), "Europe/Lisbon");
	}

	static Map<String, Object> screening(boolean shortlist, int score) {
		Map<String, Object> values = new HashMap<>();
		values.put("qualified", true);
		values.put("followedInstructions", shortlist);
		values.put("relevantSamples", true);
		values.put("worksIndependently", true);
		values.put("screeningScore", score);
		values.put("form_screenApplication_outcome", shortlist ? "shortlist" : "reject");
		return values;
	}

	static Map<String, Object> interviewSlot() {
		return Map.of("interviewDate", "2026-12-01", "interviewTime", "15:00", "interviewTimeZone", "UTC",
				"meetingLink", "https://meet.example.com/abc", "form_scheduleInterview_outcome", "invite");
	}

	static Map<String, Object> availability(boolean available) {
		return availability(available, "Europe/Lisbon", "09:00", "17:00");
	}

	/** An answer with the candidate's time zone and working hours. */
	static Map<String, Object> availability(boolean available, String zone, String from, String to) {
		return Map.of("availableForSchedule", available, "candidateTimeZone", zone, "candidateWorkStart", from,
				"candidateWorkEnd", to, "form_confirmAvailability_outcome", available ? "confirm" : "decline");
	}

	static Map<String, Object> scorecard(int marks) {
		return scorecard(marks, (marks >= 4) ? "hire" : "maybe");
	}

	static Map<String, Object> scorecard(int marks, String recommendation) {
		return Map.of("workEthic", marks, "skills", marks, "communication", marks, "recommendation", recommendation,
				"form_conductInterview_outcome", "record");
	}

	static Map<String, Object> select(String userId) {
		return Map.of("selectedCandidate", userId, "form_selectCandidate_outcome", "select");
	}

	static Map<String, Object> selectNobody() {
		return Map.of("form_selectCandidate_outcome", "nobody");
	}

}
