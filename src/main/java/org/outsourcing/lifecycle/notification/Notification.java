package org.outsourcing.lifecycle.notification;

import java.time.Instant;

/** One row of the outbox. Exactly one of the recipient fields is set. */
public record Notification(long id, String engagementId, String processInstanceId, NotificationKind kind,
		String recipientGroup, String recipientUser, String recipientEmail, String subject, String body,
		Instant createdAt, Instant sentAt, int attempts, String lastError) {

	public String recipient() {
		if (this.recipientEmail != null) {
			return this.recipientEmail;
		}
		return (this.recipientUser != null) ? "user:" + this.recipientUser : "group:" + this.recipientGroup;
	}

}
