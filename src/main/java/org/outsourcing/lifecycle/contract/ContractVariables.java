package org.outsourcing.lifecycle.contract;

import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;

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
	public static final String CONTRACT_OUTCOME = EngagementVariables.CONTRACT_OUTCOME;

	/** The trial fee the contract states, and its currency: the trial stage pays it. */
	public static final String TRIAL_FEE = "trialFee";

	public static final String CURRENCY = "currency";

	/**
	 * The deadline of an offer (a duration; default under {@code lifecycle.deadlines}).
	 */
	public static final String OFFER_EXPIRY = "offerExpiry";

	/** The contract draft legal writes (draft contract form). */
	public static final String NDA_INCLUDED = "ndaIncluded";

	public static final String WORK_PRODUCT_TO_COMPANY = "workProductToCompany";

	public static final String COMPANY_OWNS_DATA = "companyOwnsData";

	public static final String PERFORMANCE_EXPECTATIONS = "performanceExpectations";

	public static final String INCENTIVES = "incentives";

	public static final String CONTRACT_DELIVERABLES = "contractDeliverables";

	public static final String PAYMENT_TERMS = "paymentTerms";

	/** The candidate's compliance statements, one per standard the work requires. */
	public static final String PCI_DSS_STATEMENT = "pciDssStatement";

	public static final String HIPAA_STATEMENT = "hipaaStatement";

	public static final String ISO_27002_STATEMENT = "iso27002Statement";

	public static final String REVIEW_STATEMENTS_OUTCOME = Variables.formOutcome("reviewComplianceStatements");

	public static final String REVIEW_NOTE = "reviewNote";

	/** The candidate's signature (sign contract form). */
	public static final String SIGN_CONTRACT_OUTCOME = Variables.formOutcome("signContract");

	public static final String AGREE_TO_TERMS = "agreeToTerms";

	public static final String SIGNATURE_NAME = "signatureName";

	/** The owner's countersignature (countersign contract form). */
	public static final String COUNTERSIGN_OUTCOME = Variables.formOutcome("countersignContract");

	public static final String COUNTERSIGN_NOTE = "countersignNote";

	/** The owner's choice after a lost offer (choose next candidate form). */
	public static final String CHOOSE_NEXT_CANDIDATE_OUTCOME = Variables.formOutcome("chooseNextCandidate");

	public static final String NEXT_CANDIDATE = "nextCandidate";

	/** The resources IT grants the contractor, comma- or line-separated. */
	public static final String RESOURCES = "resources";

	/** The liaison's briefing (brief contractor form). */
	public static final String BRIEFING_DOCUMENTS = "briefingDocuments";

	public static final String FIRST_TASK = "firstTask";

	public static final String FIRST_TASK_DUE = "firstTaskDue";

	public static final String BRIEFING_NOTES = "briefingNotes";

	private ContractVariables() {
	}

}
