package org.outsourcing.lifecycle.web;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.discussion.EngagementComments;
import org.outsourcing.lifecycle.discussion.EngagementReaders;
import org.outsourcing.lifecycle.discussion.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagement's thread for the pages that show it (engagement, task, my work) and the
 * one way they write to it: a refused text comes back to the form with the reason, an
 * accepted one with a notice.
 */
@Component
class CommentThreads {

	private final EngagementComments comments;

	private final EngagementReaders readers;

	CommentThreads(EngagementComments comments, EngagementReaders readers) {
		this.comments = comments;
		this.readers = readers;
	}

	/** The thread as the user reads it, or {@code null} when it is not theirs. */
	CommentThread of(String engagementId, CurrentUser user, String key, String action) {
		Reader reader = this.readers.of(engagementId, user).orElse(null);
		if (reader == null) {
			return null;
		}
		return new CommentThread(key, this.comments.read(engagementId, user), reader.mayWrite(),
				reader == Reader.COMPANY, action);
	}

	/**
	 * Writes the comment; the flash attributes say how it went, next to the thread
	 * {@code key}.
	 */
	void write(String engagementId, CurrentUser user, String text, boolean forContractor, String taskId, String key,
			RedirectAttributes redirect) {
		try {
			this.comments.write(engagementId, user, text, forContractor, taskId);
			redirect.addFlashAttribute("notice", "Your comment was added.");
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (FlowableForbiddenException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		catch (FlowableIllegalArgumentException ex) {
			redirect.addFlashAttribute("commentError",
					new CommentError(key, "Comment " + ex.getMessage().replaceFirst("^text: ", "")));
			redirect.addFlashAttribute("commentText", text);
		}
	}

	/** A refused comment, shown at the form of thread {@code key}. */
	record CommentError(String key, String message) {
	}

}
