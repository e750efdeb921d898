package org.outsourcing.lifecycle.trial;

import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;

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
	public static final String TRIAL_OUTCOME = EngagementVariables.TRIAL_OUTCOME;

	public static final String TRIAL_INVOICE_ID = "trialInvoiceId";

	/*
	 * Deadlines (durations; defaults under lifecycle.deadlines): for the delivery, the
	 * reminder before it, and a revision.
	 */

	public static final String TRIAL_DEADLINE = "trialDeadline";

	public static final String TRIAL_REMINDER = "trialReminder";

	public static final String TRIAL_REVISION_TIME = "trialRevisionTime";

	/** The trial task the owner assigns (assign trial task form). */
	public static final String TRIAL_DAYS = "trialDays";

	public static final String TRIAL_INSTRUCTIONS = "trialInstructions";

	public static final String TRIAL_ACCEPTANCE_CRITERIA = "trialAcceptanceCriteria";

	/** The days an extension gives (extend trial deadline form). */
	public static final String EXTENSION_DAYS = "extensionDays";

	/** The contractor's delivery (deliver trial task form). */
	public static final String DELIVERABLE_URL = "deliverableUrl";

	public static final String DELIVERY_NOTES = "deliveryNotes";

	/** The review of a delivery (review trial task form). */
	public static final String REVIEW_TRIAL_OUTCOME = Variables.formOutcome("reviewTrialTask");

	public static final String REVIEW_FEEDBACK = "reviewFeedback";

	/** The payment of the trial fee (pay trial invoice form). */
	public static final String PAYMENT_REFERENCE = "paymentReference";

	private TrialVariables() {
	}

}
