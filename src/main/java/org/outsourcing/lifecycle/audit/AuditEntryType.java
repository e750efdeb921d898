package org.outsourcing.lifecycle.audit;

/** What an audit entry records; the auditor filters and the KPIs count by it. */
public enum AuditEntryType {

	PROCESS_STARTED, PROCESS_COMPLETED, PROCESS_CANCELLED,

	ACTIVITY_STARTED, ACTIVITY_COMPLETED, ACTIVITY_CANCELLED,

	TASK_CREATED, TASK_ASSIGNED, TASK_COMPLETED,

	TIMER_FIRED,

	DECISION_EVALUATED,

	/** Written to the outbox, in the transaction of the step that caused it. */
	NOTIFICATION_QUEUED,

	ACCESS_GRANTED, ACCESS_REVOKED,

	/** The owner withdrew a running engagement: who and why. */
	ENGAGEMENT_WITHDRAWN,

	/**
	 * Someone changed a running engagement from outside its tasks, e.g. through
	 * /process-api.
	 */
	ADMIN_INTERVENTION,

	/**
	 * The one global chain of V60 was checked and its entries linked again, one chain per
	 * engagement (migration V61); records the old chain's length and last hash.
	 */
	TRAIL_MIGRATED,

	/** An admin moved a running process instance to another version of its model. */
	PROCESS_MIGRATED,

	/**
	 * An admin deployed models from the UI (upload or the in-app modeler): who, and which
	 * processes at which new versions.
	 */
	MODEL_DEPLOYED,

	/**
	 * A personal API token was created, revoked, or used (its first use, then at most
	 * once per {@code lifecycle.security.api-tokens.record-use-every}); never the token.
	 */
	API_TOKEN_CREATED, API_TOKEN_REVOKED, API_TOKEN_USED,

	/** An application was recorded, on any way in (careers page, API, message). */
	APPLICATION_RECEIVED,

	/** The careers page created an applicant's account. */
	ACCOUNT_CREATED,

	/** A one-time link to set a password was e-mailed (never the link itself). */
	PASSWORD_LINK_SENT,

	/** A person set their password with a one-time link. */
	PASSWORD_SET,

	/**
	 * The contractor disputed a rejection (of a trial delivery or an invoice): what, the
	 * rejection's reason and theirs.
	 */
	DISPUTE_RAISED,

	/**
	 * The liaison (or an admin) decided a dispute: upheld, overturned or settled at an
	 * amount, with their note.
	 */
	DISPUTE_DECIDED,

	/**
	 * The signed contract was issued as a PDF to someone: who, and the SHA-256 of exactly
	 * the bytes they received.
	 */
	CONTRACT_DOCUMENT_ISSUED,

	/**
	 * The named liaison resolved a blocker from a status update, or escalated it to the
	 * owners: the update, the outcome and their note.
	 */
	BLOCKER_RESOLVED,

	/**
	 * Someone wrote in an engagement's comment thread: who, the text and who may read it
	 * (the company only, or the contractor too).
	 */
	ENGAGEMENT_COMMENT_WRITTEN

}
