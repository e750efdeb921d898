package org.outsourcing.lifecycle.web;

import java.time.Instant;

/**
 * One line of the inbox: a task with the stage and the engagement it belongs to.
 * {@code mine} when assigned to the viewer; {@code releasable} when it was offered to a
 * group or person, so that giving it back leaves it with someone.
 */
record InboxTask(String id, String name, String stageKey, String stageName, String engagementId, String engagementTitle,
		Instant due, boolean overdue, Instant created, String assignee, boolean mine, boolean releasable) {

	boolean matches(String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		String needle = text.trim().toLowerCase();
		return contains(this.name, needle) || contains(this.stageName, needle) || contains(this.engagementTitle, needle)
				|| contains(this.assignee, needle);
	}

	private static boolean contains(String haystack, String needle) {
		return haystack != null && haystack.toLowerCase().contains(needle);
	}

}
