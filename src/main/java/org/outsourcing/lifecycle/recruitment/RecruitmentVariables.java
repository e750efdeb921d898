package org.outsourcing.lifecycle.recruitment;

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
	public static final String AD_OUTCOME = "adOutcome";

	/** The application a multi-instance screening or interview step works on. */
	public static final String APPLICATION_ID = "applicationId";

	/** Comma-separated user ids of the shortlisted applicants, best first. */
	public static final String SHORTLIST = "shortlist";

	/** How screening ended: shortlisted or empty. */
	public static final String SCREENING_OUTCOME = "screeningOutcome";

	/** How interviews ended: selected or nobody. */
	public static final String SELECTION_OUTCOME = "selectionOutcome";

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

	public static final int MAX_SHORTLIST = 5;

	private RecruitmentVariables() {
	}

}
