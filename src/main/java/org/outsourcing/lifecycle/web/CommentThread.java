package org.outsourcing.lifecycle.web;

import java.util.List;

import org.outsourcing.lifecycle.discussion.EngagementComment;

/**
 * An engagement's comment thread as a page shows it ({@code fragments/comments.html}):
 * the comments the reader may read, whether they may write, whether they choose if the
 * contractor reads along (the company's people), where the form posts, and a key that
 * keeps the ids unique when a page shows several threads.
 */
record CommentThread(String key, List<EngagementComment> comments, boolean canWrite, boolean choosesReaders,
		String action) {
}
