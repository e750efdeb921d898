package org.outsourcing.lifecycle.discussion;

import java.time.Instant;

/**
 * One comment of an engagement's thread: who wrote what and when, who may read it, and
 * the task it was written on, if any ({@code id} is {@code null} for a comment written on
 * a task before the thread existed, kept by the engine).
 */
public record EngagementComment(Long id, String engagementId, String author, Instant writtenAt, String text,
		CommentVisibility visibility, String taskId, String taskName) {

	public boolean forContractor() {
		return this.visibility == CommentVisibility.CONTRACTOR;
	}

}
