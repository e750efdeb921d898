package org.outsourcing.lifecycle.notification;

import java.time.Instant;

/**
 * One item of a person's "what is new for me": what happened, where to look
 * ({@code link}, a page of the application, may be {@code null}) and whether they read
 * it.
 */
public record InAppNotification(long id, String kind, String subject, String body, String link, String engagementId,
		Instant createdAt, boolean read) {
}
