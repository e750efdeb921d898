package org.outsourcing.lifecycle.offboarding;

/** Process variables of the offboarding stage. */
public final class OffboardingVariables {

	/** The contractor leaving (input). */
	public static final String CONTRACTOR_USER_ID = "contractorUserId";

	/** Why the engagement ends, in the business's words (input). */
	public static final String OFFBOARDING_REASON = "offboardingReason";

	public static final String REVOCATION_NOTES = "revocationNotes";

	public static final String VERIFY_OUTCOME = "form_verifyAccessRevoked_outcome";

	public static final String DELIVERABLES_RECOVERED = "deliverablesRecovered";

	public static final String REPOSITORY_URL = "repositoryUrl";

	public static final String RECOVERY_NOTES = "recoveryNotes";

	/** returned or destroyed. */
	public static final String DATA_DISPOSITION = "dataDisposition";

	public static final String CONFIRM_NO_COPIES_KEPT = "confirmNoCopiesKept";

	public static final String FINAL_AMOUNT = "finalAmount";

	public static final String CURRENCY = "currency";

	public static final String PAYMENT_REFERENCE = "paymentReference";

	public static final String RATING = "rating";

	public static final String REHIRE_ELIGIBLE = "rehireEligible";

	public static final String FEEDBACK = "feedback";

	/** How the stage ended: archived (output). */
	public static final String OFFBOARDING_OUTCOME = "offboardingOutcome";

	private OffboardingVariables() {
	}

}
