package org.outsourcing.lifecycle.discussion;

import java.util.LinkedHashSet;
import java.util.Set;

import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.InAppNotifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new comment is news for the others in the thread who may read it: the owner who
 * started the engagement, its liaison and whoever wrote for the company before; the
 * contractor only for what is meant for them.
 */
@Component
class CommentNotifications {

	private final EngagementReaders readers;

	private final Engagements engagements;

	private final InAppNotifications notifications;

	private final JdbcClient jdbc;

	CommentNotifications(EngagementReaders readers, Engagements engagements, InAppNotifications notifications,
			JdbcClient jdbc) {
		this.readers = readers;
		this.engagements = engagements;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	void tell(EngagementComment comment) {
		String engagementId = comment.engagementId();
		String title = this.engagements.find(engagementId).map(Engagement::title).orElse(engagementId);
		String subject = comment.author() + " commented on '" + title + "'";
		Set<String> company = new LinkedHashSet<>();
		company.add(this.readers.starterOf(engagementId));
		company.add(this.readers.liaisonOf(engagementId));
		company.addAll(this.jdbc
			.sql("SELECT DISTINCT author FROM engagement_comment WHERE engagement_id = ? AND visibility = ?")
			.params(engagementId, CommentVisibility.COMPANY.name())
			.query(String.class)
			.list());
		String contractor = this.readers.contractorOf(engagementId);
		company.remove(contractor);
		company.remove(comment.author());
		company.remove(null);
		for (String user : company) {
			this.notifications.toUser(user, engagementId, InAppNotifications.COMMENT, subject, comment.text(),
					"/engagements/" + engagementId + "#comments-engagement");
		}
		if (comment.forContractor() && contractor != null && !contractor.equals(comment.author())) {
			this.notifications.toUser(contractor, engagementId, InAppNotifications.COMMENT, subject, comment.text(),
					"/my/work#comments-" + engagementId);
		}
	}

}
