package org.outsourcing.lifecycle.notification;

/** Why a notification was sent; the audit trail and the KPIs count by kind. */
public enum NotificationKind {

	/** A deadline is near or passed and the task is still open. */
	REMINDER,
	/** A deadline passed and someone above the assignee must act. */
	ESCALATION,
	/** An applicant, candidate or request was turned down. */
	REJECTION,
	/** Something the recipient needs to know, no action asked. */
	INFORMATION,
	/** Someone is asked to act (sign, submit, pay). */
	ACTION_REQUIRED

}
