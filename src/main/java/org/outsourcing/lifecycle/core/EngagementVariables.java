package org.outsourcing.lifecycle.core;

import org.flowable.engine.delegate.DelegateExecution;

/** Names of the process variables that describe an engagement, shared by every stage. */
public final class EngagementVariables {

	public static final String ENGAGEMENT_ID = "engagementId";

	public static final String REQUESTED_BY = "requestedBy";

	public static final String TITLE = "title";

	public static final String JOB_CATEGORY = "jobCategory";

	public static final String DATA_SENSITIVITY = "dataSensitivity";

	public static final String LIAISON = "liaison";

	/** The message that withdraws a running engagement, at any stage. */
	public static final String WITHDRAWN_MESSAGE = "engagementWithdrawn";

	/** Why the owner withdrew the engagement, and who did. */
	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	public static final String WITHDRAWN_BY = "withdrawnBy";

	/** The contractor, once one is selected. */
	public static final String CONTRACTOR_USER_ID = "contractorUserId";

	public static final String OUTSOURCING_ALLOWED = "outsourcingAllowed";

	public static final String REFUSAL_REASON = "refusalReason";

	public static final String ACCESS_LEVEL = "accessLevel";

	/**
	 * What the confidentiality agreement (NDA) covers: everyone who works for the company
	 * signs one, and its scope follows the data.
	 */
	public static final String NDA_SCOPE = "ndaScope";

	public static final String PCI_DSS_REQUIRED = "pciDssRequired";

	public static final String HIPAA_REQUIRED = "hipaaRequired";

	public static final String ISO_27002_REQUIRED = "iso27002Required";

	/** How stage 0 ended: defined, refused, withdrawn or lapsed. */
	public static final String DEFINITION_OUTCOME = "definitionOutcome";

	/** What the work definition describes, besides the fields above. */
	public static final String DELIVERABLES = "deliverables";

	public static final String ACCEPTANCE_CRITERIA = "acceptanceCriteria";

	public static final String GOAL = "goal";

	/** The budget's range and basis (work definition form). */
	public static final String BUDGET_MIN = "budgetMin";

	public static final String BUDGET_MAX = "budgetMax";

	/**
	 * Whether the work is time-critical, and the owner's working hours the candidates'
	 * overlap is computed from (define work form; the work definition's rules require the
	 * hours for time-critical work).
	 */
	public static final String TIME_CRITICAL = "timeCritical";

	public static final String OWNER_WORK_START = "ownerWorkStart";

	public static final String OWNER_WORK_END = "ownerWorkEnd";

	public static final String BUDGET_BASIS = "budgetBasis";

	/** The owner's reason why work of a customer-data category needs no such data. */
	public static final String SENSITIVITY_REASON = "sensitivityReason";

	/** The engagement's cut-off date, ISO {@code yyyy-MM-dd}. */
	public static final String CUT_OFF_DATE = "cutOffDate";

	/**
	 * Who the owner chose for routine reviews in the work definition; absent means the
	 * owner.
	 */
	public static final String ROUTINE_REVIEWS_BY = "routineReviewsBy";

	/**
	 * The deadline for defining the work (a duration; default under lifecycle.deadlines).
	 */
	public static final String DEFINE_WORK_SLA = "defineWorkSla";

	/** The recruitment round running: 1, then one more per round without a hire. */
	public static final String RECRUITMENT_ROUND = "recruitmentRound";

	/*
	 * How each stage ended, as the stages map it out to the engagement's process; the
	 * stages' own classes name them with these constants.
	 */

	public static final String AD_OUTCOME = "adOutcome";

	public static final String SCREENING_OUTCOME = "screeningOutcome";

	public static final String SELECTION_OUTCOME = "selectionOutcome";

	public static final String CONTRACT_OUTCOME = "contractOutcome";

	public static final String TRIAL_OUTCOME = "trialOutcome";

	public static final String RETAINER_OUTCOME = "retainerOutcome";

	/** Why notice was given on the retainer (the notice message's payload). */
	public static final String NOTICE_REASON = "noticeReason";

	private EngagementVariables() {
	}

	/**
	 * The engagement an execution belongs to: the top-level process instance, so that
	 * every stage it calls, and a stage started on its own, agree on it.
	 */
	public static String engagementId(DelegateExecution execution) {
		Object explicit = execution.getVariable(ENGAGEMENT_ID);
		if (explicit instanceof String id && !id.isBlank()) {
			return id;
		}
		return execution.getRootProcessInstanceId();
	}

	public static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}
