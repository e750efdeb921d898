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
