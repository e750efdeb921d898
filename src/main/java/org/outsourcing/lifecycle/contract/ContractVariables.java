package org.outsourcing.lifecycle.contract;

/** Process variables of the contract stage. */
public final class ContractVariables {

	/** The open offer: to the selected candidate, then to the next in line. */
	public static final String OFFER_ID = "offerId";

	/** When the open offer expires, ISO 8601; its timers and due dates use it. */
	public static final String OFFER_EXPIRES_AT = "offerExpiresAt";

	/** Whether the offer was signed (false: declined). */
	public static final String OFFER_SIGNED = "offerSigned";

	/**
	 * Whether the work is customer-facing, so the contract needs the client-contact
	 * clause and the contractor's statement (stage 0's policy decides).
	 */
	public static final String CLIENT_CONTACT_CLAUSE_REQUIRED = "clientContactClauseRequired";

	/**
	 * The clause legal drafted: the contractor reaches clients only through the company.
	 */
	public static final String CLIENT_CONTACT_CLAUSE = "clientContactClause";

	/** The contractor's statement that they accept the client-contact clause. */
	public static final String ACCEPT_CLIENT_CONTACT_CLAUSE = "acceptClientContactClause";

	/** Whether legal approved the candidate's compliance statements. */
	public static final String STATEMENTS_APPROVED = "statementsApproved";

	/** Whether another candidate is left after an offer was lost. */
	public static final String CANDIDATE_LEFT = "candidateLeft";

	/** Whether the owner chose a next candidate after a lost offer (false: nobody). */
	public static final String NEXT_CANDIDATE_CHOSEN = "nextCandidateChosen";

	/** Whether the owner countersigned (false: refused to). */
	public static final String COUNTERSIGNED = "countersigned";

	/** How the contract stage ended: signed, noCandidateLeft or nobodyChosen. */
	public static final String CONTRACT_OUTCOME = "contractOutcome";

	/** The trial fee the contract states, and its currency: the trial stage pays it. */
	public static final String TRIAL_FEE = "trialFee";

	public static final String CURRENCY = "currency";

	private ContractVariables() {
	}

}
