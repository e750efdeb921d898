package org.outsourcing.lifecycle.core;

import java.time.Instant;

/** The engagement record: what was asked for and where it stands. */
public record Engagement(String id, String title, String jobCategory, String dataSensitivity, String accessLevel,
		String requestedBy, String liaison, EngagementStatus status, String statusReason, Instant createdAt,
		Instant updatedAt) {
}
