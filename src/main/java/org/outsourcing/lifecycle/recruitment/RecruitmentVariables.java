package org.outsourcing.lifecycle.recruitment;

import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;

/** Process variables of the ad, screening and interview stages. */
public final class RecruitmentVariables {

	/** The ad currently published for the engagement. */
	public static final String AD_ID = "adId";

	/** How many times the ad was published in this round: 1, then one more per repost. */
	public static final String AD_PUBLICATIONS = "adPublications";

	/**
	 * The compliance statements the contract will require, in words; stated in the ad and
	 * checked at screening.
	 */
	public static final String COMPLIANCE_NEEDS = "complianceNeeds";

	public static final String MAX_REPOSTS = "maxReposts";

	/** How many applications the ad received when its window closed. */
	public static final String APPLICATIONS_RECEIVED = "applicationsReceived";

	/** How the ad stage ended: applications or cancelled. */
	public static final String AD_OUTCOME = EngagementVariables.AD_OUTCOME;

	/** The application a multi-instance screening or interview step works on. */
	public static final String APPLICATION_ID = "applicationId";

	/** Comma-separated user ids of the shortlisted applicants, best first. */
	public static final String SHORTLIST = "shortlist";

	/** How screening ended: shortlisted or empty. */
	public static final String SCREENING_OUTCOME = EngagementVariables.SCREENING_OUTCOME;

	/** How interviews ended: selected or nobody. */
	public static final String SELECTION_OUTCOME = EngagementVariables.SELECTION_OUTCOME;

	/** The selected applicant, who becomes the contractor once the contract is signed. */
	public static final String CONTRACTOR_USER_ID = "contractorUserId";

	/**
	 * Comma-separated user ids of the other interviewed candidates, best first: the next
	 * in line when an offer expires.
	 */
	public static final String CANDIDATE_RANKING = "candidateRanking";

	/** The message an application arrives with, through REST. */
	public static final String APPLICATION_RECEIVED_MESSAGE = "applicationReceived";

	/** Application fields, as the message's variables and the REST request name them. */
	public static final String APPLICANT_USER_ID = "applicantUserId";

	public static final String APPLICANT_NAME = "applicantName";

	public static final String APPLICANT_EMAIL = "applicantEmail";

	public static final String COVER_LETTER = "coverLetter";

	public static final String SAMPLES_URL = "samplesUrl";

	public static final String INSTRUCTION_ANSWER = "instructionAnswer";

	public static final String HOURLY_RATE = "hourlyRate";

	public static final String APPLICANT_TIME_ZONE = "applicantTimeZone";

	/**
	 * How long an ad takes applications (a duration; default under
	 * {@code lifecycle.deadlines}).
	 */
	public static final String APPLICATION_WINDOW = "applicationWindow";

	/** The ad's text (publish ad form). */
	public static final String AD_HEADLINE = "adHeadline";

	public static final String REQUIREMENTS = "requirements";

	public static final String PREFERENCES = "preferences";

	public static final String APPLICATION_INSTRUCTION = "applicationInstruction";

	public static final String RATE_OFFERED = "rateOffered";

	/** The recruiter's checks of one application (screen application form). */
	public static final String QUALIFIED = "qualified";

	public static final String FOLLOWED_INSTRUCTIONS = "followedInstructions";

	public static final String RELEVANT_SAMPLES = "relevantSamples";

	public static final String WORKS_INDEPENDENTLY = "worksIndependently";

	/** The check of an ad that states compliance statements. */
	public static final String MEETS_COMPLIANCE = "meetsCompliance";

	public static final String SCREENING_SCORE = "screeningScore";

	public static final String SCREEN_APPLICATION_OUTCOME = Variables.formOutcome("screenApplication");

	/** The interview slot the recruiter proposes (schedule interview form). */
	public static final String INTERVIEW_DATE = "interviewDate";

	public static final String INTERVIEW_TIME = "interviewTime";

	public static final String INTERVIEW_TIME_ZONE = "interviewTimeZone";

	public static final String MEETING_LINK = "meetingLink";

	public static final String SCHEDULE_INTERVIEW_OUTCOME = Variables.formOutcome("scheduleInterview");

	/** The candidate's answer about the schedule (confirm availability form). */
	public static final String AVAILABLE_FOR_SCHEDULE = "availableForSchedule";

	public static final String CANDIDATE_TIME_ZONE = "candidateTimeZone";

	public static final String CANDIDATE_WORK_START = "candidateWorkStart";

	public static final String CANDIDATE_WORK_END = "candidateWorkEnd";

	public static final String CONFIRM_AVAILABILITY_OUTCOME = Variables.formOutcome("confirmAvailability");

	/** Whether the candidate fits the schedule, local to their interview. */
	public static final String CANDIDATE_AVAILABLE = "candidateAvailable";

	/**
	 * The computed daily overlap of the candidate's and the owner's working hours, in
	 * hours, local to their interview (its history shows it).
	 */
	public static final String COMPUTED_OVERLAP_HOURS = "computedOverlapHours";

	/** Why the candidate does not fit the schedule; their withdrawal names it. */
	public static final String AVAILABILITY_REFUSAL = "availabilityRefusal";

	/** Whether the work is time-critical, and the working-hour overlap it needs. */
	public static final String TIME_CRITICAL = EngagementVariables.TIME_CRITICAL;

	public static final String OVERLAP_HOURS = "overlapHours";

	/** The owner's time zone and working hours (define work form). */
	public static final String OWNER_TIME_ZONE = "ownerTimeZone";

	public static final String OWNER_WORK_START = EngagementVariables.OWNER_WORK_START;

	public static final String OWNER_WORK_END = EngagementVariables.OWNER_WORK_END;

	/** An interviewer's scorecard (interview form). */
	public static final String WORK_ETHIC = "workEthic";

	public static final String SKILLS = "skills";

	public static final String COMMUNICATION = "communication";

	public static final String RECOMMENDATION = "recommendation";

	public static final String INTERVIEW_NOTES = "interviewNotes";

	/** The owner's choice (select candidate form). */
	public static final String SELECT_CANDIDATE_OUTCOME = Variables.formOutcome("selectCandidate");

	public static final String SELECTED_CANDIDATE = "selectedCandidate";

	/** The reference check (check references form) and its summary for the owner. */
	public static final String CHECK_REFERENCES_OUTCOME = Variables.formOutcome("checkReferences");

	public static final String REFERENCE_FINDINGS = "referenceFindings";

	public static final String REFERENCES_CONTACTED = "referencesContacted";

	public static final String REFERENCE_CHECK = "referenceCheck";

	public static final int MAX_SHORTLIST = 5;

	private RecruitmentVariables() {
	}

}
