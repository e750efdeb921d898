package org.outsourcing.lifecycle.discussion;

import java.time.Instant;
import java.util.List;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An engagement's comment thread over REST: {@code GET /api/engagements/{id}/comments}
 * (oldest first, as the caller may read it) and {@code POST} with {@code {"text": "…",
 * "forContractor": true}} (201 with the comment). 404 for an engagement the caller may
 * not see, 403 for auditors writing, 400 naming {@code text}.
 */
@RestController
class EngagementCommentController {

	private final EngagementComments comments;

	EngagementCommentController(EngagementComments comments) {
		this.comments = comments;
	}

	@GetMapping("/api/engagements/{engagementId}/comments")
	List<CommentView> read(@PathVariable String engagementId) {
		return this.comments.read(engagementId, CurrentUser.get()).stream().map(CommentView::of).toList();
	}

	@PostMapping("/api/engagements/{engagementId}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	CommentView write(@PathVariable String engagementId, @RequestBody NewComment comment) {
		return CommentView.of(this.comments.write(engagementId, CurrentUser.get(), comment.text(),
				Boolean.TRUE.equals(comment.forContractor()), null));
	}

	/**
	 * A comment to write; {@code forContractor} is for the company's people (the
	 * contractor's own comments are always theirs to read).
	 */
	record NewComment(String text, Boolean forContractor) {
	}

	/** A comment as the API shows it; {@code id} is absent for an engine task comment. */
	record CommentView(Long id, String author, Instant writtenAt, String text, boolean forContractor, String taskId,
			String taskName) {

		static CommentView of(EngagementComment comment) {
			return new CommentView(comment.id(), comment.author(), comment.writtenAt(), comment.text(),
					comment.forContractor(), comment.taskId(), comment.taskName());
		}

	}

}
