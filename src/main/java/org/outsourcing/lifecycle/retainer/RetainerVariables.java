package org.outsourcing.lifecycle.retainer;

import org.outsourcing.lifecycle.core.EngagementVariables;

/** Process variables of the retainer stage. */
public final class RetainerVariables {

	/** The contractor who holds the retainer (input). */
	public static final String CONTRACTOR_USER_ID = "contractorUserId";

	/** The offered terms, from the owner's offer form. */
	public static final String MONTHLY_FEE = "monthlyFee";

	public static final String CURRENCY = "currency";

	public static final String SCOPE = "scope";

	public static final String TERM_MONTHS = "termMonths";

	/** The retainer record, once the contractor accepted. */
	public static final String RETAINER_ID = "retainerId";

	/**
	 * When the current term ends, as an ISO 8601 instant: the term timer's date; a
	 * renewal moves it.
	 */
	public static final String RETAINER_ENDS_AT = "retainerEndsAt";

	/**
	 * When the owner is asked to decide on renewal, ISO 8601: renewalNotice before the
	 * end.
	 */
	public static final String RETAINER_RENEWAL_DUE_AT = "retainerRenewalDueAt";

	/** How long before the end the owner is asked (a duration; lifecycle.deadlines). */
	public static final String RENEWAL_NOTICE = "renewalNotice";

	/** How many months a renewal adds (renewal form). */
	public static final String RENEWAL_MONTHS = "renewalMonths";

	/**
	 * The invoice a monthly invoice run works on; local to that run, so two months never
	 * mix.
	 */
	public static final String INVOICE_ID = "invoiceId";

	public static final String INVOICE_NOTE = "invoiceNote";

	public static final String PAYMENT_REFERENCE = "paymentReference";

	/** Performance review form. */
	public static final String NEW_MONTHLY_FEE = "newMonthlyFee";

	public static final String REVIEW_NOTES = "reviewNotes";

	/** The message either side gives notice with, through our API or /process-api. */
	public static final String NOTICE_MESSAGE = "noticeGiven";

	/** Who gave notice: company or contractor (payload of the notice message). */
	public static final String NOTICE_GIVEN_BY = "noticeGivenBy";

	public static final String NOTICE_REASON = EngagementVariables.NOTICE_REASON;

	/** The outcomes of the stage's forms, as the form engine stores them. */
	public static final String ACCEPT_OUTCOME = "form_acceptRetainer_outcome";

	public static final String RENEWAL_OUTCOME = "form_decideRenewal_outcome";

	public static final String INVOICE_DECISION = "form_approveRetainerInvoice_outcome";

	public static final String REVIEW_OUTCOME = "form_reviewPerformance_outcome";

	public static final String DECLINE_REASON = "declineReason";

	/**
	 * The status update whose blockers the liaison resolves; local to that round, so two
	 * open blockers never mix.
	 */
	public static final String BLOCKER_STATUS_UPDATE_ID = "blockerStatusUpdateId";

	public static final String BLOCKER_RESOLUTION_NOTE = "blockerResolutionNote";

	public static final String RESOLVE_BLOCKER_OUTCOME = "form_resolveBlocker_outcome";

	/** How the stage ended: declined, completed, terminated or notice (output). */
	public static final String RETAINER_OUTCOME = EngagementVariables.RETAINER_OUTCOME;

	private RetainerVariables() {
	}

}
