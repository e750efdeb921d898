package org.outsourcing.lifecycle.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. Process steps call it inside their own transaction; {@link OutboxDelivery}
 * sends what was committed. What goes to a user or a group is also an item of their
 * {@link InAppNotifications}.
 */
@Service
public class Notifications {

	private static final RowMapper<Notification> ROW = (rs, n) -> new Notification(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getString("process_instance_id"),
			NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient_group"),
			rs.getString("recipient_user"), rs.getString("recipient_email"), rs.getString("subject"),
			rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
			(rs.getTimestamp("sent_at") != null) ? rs.getTimestamp("sent_at").toInstant() : null, rs.getInt("attempts"),
			rs.getString("last_error"));

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final AuditTrail audit;

	private final InAppNotifications inApp;

	public Notifications(JdbcClient jdbc, EngineTime time, AuditTrail audit, InAppNotifications inApp) {
		this.jdbc = jdbc;
		this.time = time;
		this.audit = audit;
		this.inApp = inApp;
	}

	public Draft about(String engagementId, String processInstanceId, NotificationKind kind) {
		return new Draft(engagementId, processInstanceId, kind);
	}

	@Transactional(readOnly = true)
	public List<Notification> forEngagement(String engagementId) {
		return this.jdbc.sql("SELECT * FROM notification WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Notification> forProcessInstance(String processInstanceId) {
		return this.jdbc.sql("SELECT * FROM notification WHERE process_instance_id = ? ORDER BY id")
			.param(processInstanceId)
			.query(ROW)
			.list();
	}

	/** The files a notification carries, in the order they were attached. */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(long notificationId) {
		return this.jdbc
			.sql("SELECT file_name, content_type, content FROM notification_attachment WHERE notification_id = ? "
					+ "ORDER BY id")
			.param(notificationId)
			.query((rs, n) -> new Attachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/**
	 * Rows to deliver now: not sent, attempts left, and neither held by a node
	 * ({@code claimed_until} is its lease) nor waiting for a retry (after a failure
	 * {@code claimed_until} is when to try again).
	 */
	List<Notification> pending(int maxAttempts, int limit) {
		return this.jdbc.sql("SELECT * FROM notification WHERE sent_at IS NULL AND attempts < ? "
				+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
			.params(maxAttempts, Timestamp.from(this.time.now()))
			.query(ROW)
			.list();
	}

	/**
	 * Takes a notification for delivery; false when another node (or thread) took it
	 * first, or it has no attempt left. The conditional update is atomic: of two nodes
	 * that read the same pending row, only one changes it.
	 */
	boolean claim(long id, int maxAttempts, Duration lease) {
		Instant now = this.time.now();
		return this.jdbc
			.sql("UPDATE notification SET attempts = attempts + 1, claimed_until = ? WHERE id = ? AND sent_at IS NULL "
					+ "AND attempts < ? AND (claimed_until IS NULL OR claimed_until < ?)")
			.params(Timestamp.from(now.plus(lease)), id, maxAttempts, Timestamp.from(now))
			.update() == 1;
	}

	void markSent(long id) {
		this.jdbc.sql("UPDATE notification SET sent_at = ?, last_error = NULL WHERE id = ?")
			.params(Timestamp.from(this.time.now()), id)
			.update();
	}

	/** Records why a delivery failed; the next attempt comes after {@code retryAfter}. */
	void markFailed(long id, String error, Duration retryAfter) {
		String reason = (error == null) ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
		this.jdbc.sql("UPDATE notification SET last_error = ?, claimed_until = ? WHERE id = ?")
			.params(reason, Timestamp.from(this.time.now().plus(retryAfter)), id)
			.update();
	}

	/** A notification being written: choose one recipient, then {@link #send}. */
	public final class Draft {

		private final String engagementId;

		private final String processInstanceId;

		private final NotificationKind kind;

		private String group;

		private String user;

		private String email;

		private final List<Attachment> attachments = new ArrayList<>();

		private Draft(String engagementId, String processInstanceId, NotificationKind kind) {
			this.engagementId = engagementId;
			this.processInstanceId = processInstanceId;
			this.kind = kind;
		}

		public Draft toGroup(String group) {
			this.group = group;
			return this;
		}

		public Draft toUser(String user) {
			this.user = user;
			return this;
		}

		public Draft toEmail(String email) {
			this.email = email;
			return this;
		}

		/** Sends a file with the notification; kept in the outbox with it. */
		public Draft attach(Attachment attachment) {
			this.attachments.add(attachment);
			return this;
		}

		/**
		 * Writes the notification to the outbox in the caller's transaction; returns its
		 * id.
		 */
		public long send(String subject, String body) {
			if (this.group == null && this.user == null && this.email == null) {
				throw new IllegalStateException(
						"A notification needs a recipient: a group, a user or an e-mail address");
			}
			KeyHolder keys = new GeneratedKeyHolder();
			Notifications.this.jdbc.sql(
					"INSERT INTO notification (engagement_id, process_instance_id, kind, recipient_group, recipient_user, "
							+ "recipient_email, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(this.engagementId, this.processInstanceId, this.kind.name(), this.group, this.user, this.email,
						subject, body, Timestamp.from(Notifications.this.time.now()))
				.update(keys, "id");
			long id = keys.getKeyAs(Number.class).longValue();
			for (Attachment attachment : this.attachments) {
				Notifications.this.jdbc
					.sql("INSERT INTO notification_attachment (notification_id, file_name, content_type, content) "
							+ "VALUES (?, ?, ?, ?)")
					.params(id, attachment.fileName(), attachment.contentType(), attachment.content())
					.update();
			}
			// what is e-mailed to a person or a group is in the application too
			if (this.user != null) {
				Notifications.this.inApp.toUser(this.user, this.engagementId, this.kind.name(), subject, body, null);
			}
			else if (this.group != null) {
				Notifications.this.inApp.toGroup(this.group, this.engagementId, this.kind.name(), subject, body, null);
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("notificationId", id);
			details.put("kind", this.kind.name());
			details.put("recipientGroup", this.group);
			details.put("recipientUser", this.user);
			details.put("recipientEmail", this.email);
			details.put("subject", subject);
			if (!this.attachments.isEmpty()) {
				details.put("attachments", this.attachments.stream().map(Attachment::fileName).toList());
			}
			Notifications.this.audit.record(AuditEvent.of(this.engagementId, AuditEntryType.NOTIFICATION_QUEUED,
					CurrentUser.actorId(), this.processInstanceId, details));
			return id;
		}

	}

}
