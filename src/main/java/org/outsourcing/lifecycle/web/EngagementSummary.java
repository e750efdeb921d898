package org.outsourcing.lifecycle.web;

import java.time.Instant;

/**
 * An engagement in the list: where it stands ({@code stage}: the running stages, or how
 * it ended), its status and reason, and the earliest due date of its open tasks.
 */
record EngagementSummary(String id, String title, String status, String statusReason, String stage, boolean running,
		Instant started, Instant ended, String requestedBy, Instant nextDeadline, boolean overdue) {
}
