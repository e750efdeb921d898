package org.outsourcing.lifecycle.trial;

/** Process variables of the trial-task stage. */
public final class TrialVariables {

	public static final String TRIAL_ID = "trialId";

	/**
	 * When the delivery is due, ISO 8601; the deadline timer and the task's due date use
	 * it.
	 */
	public static final String TRIAL_DUE_AT = "trialDueAt";

	/**
	 * When the contractor is reminded, ISO 8601: {@code trialReminder} before the due
	 * time.
	 */
	public static final String TRIAL_REMINDER_AT = "trialReminderAt";

	public static final String TRIAL_EXTENDED = "trialExtended";

	public static final String TRIAL_REVISIONS = "trialRevisions";

	/** The reviewer's verdict on the last delivery: accept, revise or reject. */
	public static final String TRIAL_REVIEW = "trialReview";

	/** How the trial ended: accepted, rejected or failed. */
	public static final String TRIAL_OUTCOME = "trialOutcome";

	public static final String TRIAL_INVOICE_ID = "trialInvoiceId";

	private TrialVariables() {
	}

}
