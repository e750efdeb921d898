package org.outsourcing.lifecycle.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "What is new for me" (tables {@code in_app_notification}, {@code …_read}): each person
 * reads the items addressed to them or to one of their groups, never anyone else's. Items
 * are written in the transaction of what caused them (an outbox row, a task assigned or
 * offered, a comment); a deadline of one's own task that is soon due is noticed when one
 * reads. Read marks are rows of their own, so the unread count is always counted, never
 * kept: two requests marking at once cannot make it drift.
 */
@Service
public class InAppNotifications {

	/** A task was given to the person. */
	public static final String TASK_ASSIGNED = "TASK_ASSIGNED";

	/** A task was offered to the person or their group. */
	public static final String TASK_OFFERED = "TASK_OFFERED";

	/** Someone wrote in the thread of an engagement the person takes part in. */
	public static final String COMMENT = "COMMENT";

	/** A task the person holds is due soon, or overdue. */
	public static final String DUE_SOON = "DUE_SOON";

	/** The most items a list shows. */
	public static final int LIMIT = 100;

	private static final RowMapper<InAppNotification> ROW = (rs, n) -> new InAppNotification(rs.getLong("id"),
			rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
			rs.getString("engagement_id"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("is_read"));

	/**
	 * Whose the rows are: the user's own, and their groups' (never the contractors'
	 * group, which all applicants share).
	 */
	private static final String MINE = "(n.recipient_user = :user OR n.recipient_group IN (:groups))";

	private static final String UNREAD = "NOT EXISTS (SELECT 1 FROM in_app_notification_read r "
			+ "WHERE r.notification_id = n.id AND r.user_id = :user)";

	/**
	 * Who read and when, as selected values: typed, as PostgreSQL cannot infer a bare
	 * parameter's type in a select list.
	 */
	private static final String READER = "CAST(:user AS VARCHAR(255)), CAST(:now AS TIMESTAMP WITH TIME ZONE)";

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final TaskService tasks;

	private final TransactionTemplate ownTransaction;

	private final Duration dueSoon;

	InAppNotifications(JdbcClient jdbc, EngineTime time, TaskService tasks, PlatformTransactionManager transactions,
			@Value("${lifecycle.notifications.due-soon:PT24H}") Duration dueSoon) {
		this.jdbc = jdbc;
		this.time = time;
		this.tasks = tasks;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dueSoon = dueSoon;
	}

	/** An item for one person, in the caller's transaction. */
	public void toUser(String userId, String engagementId, String kind, String subject, String body, String link) {
		insert(userId, null, engagementId, kind, subject, body, link);
	}

	/** An item for every member of a group, in the caller's transaction. */
	public void toGroup(String groupId, String engagementId, String kind, String subject, String body, String link) {
		insert(null, groupId, engagementId, kind, subject, body, link);
	}

	/**
	 * An item for one person unless they already have one of this kind for this link (a
	 * task announced as created and as assigned in one command).
	 */
	void toUserOnce(String userId, String engagementId, String kind, String subject, String link) {
		boolean known = this.jdbc
			.sql("SELECT COUNT(*) FROM in_app_notification WHERE recipient_user = ? AND kind = ? AND link = ?")
			.params(userId, kind, link)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			toUser(userId, engagementId, kind, subject, null, link);
		}
	}

	/** The user's items, newest first. */
	public List<InAppNotification> of(CurrentUser user) {
		noticeDeadlines(user);
		return this.jdbc
			.sql("SELECT n.*, CASE WHEN " + UNREAD + " THEN FALSE ELSE TRUE END AS is_read "
					+ "FROM in_app_notification n WHERE " + MINE + " ORDER BY n.id DESC FETCH FIRST " + LIMIT
					+ " ROWS ONLY")
			.param("user", user.id())
			.param("groups", groupsOf(user))
			.query(ROW)
			.list();
	}

	/** How many of the user's items they have not read. */
	public long unread(CurrentUser user) {
		noticeDeadlines(user);
		return this.jdbc.sql("SELECT COUNT(*) FROM in_app_notification n WHERE " + MINE + " AND " + UNREAD)
			.param("user", user.id())
			.param("groups", groupsOf(user))
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the user's items read; marking it again changes nothing.
	 * @throws FlowableObjectNotFoundException when it is not the user's
	 */
	public void markRead(long id, CurrentUser user) {
		boolean mine = this.jdbc.sql("SELECT COUNT(*) FROM in_app_notification n WHERE n.id = :id AND " + MINE)
			.param("id", id)
			.param("user", user.id())
			.param("groups", groupsOf(user))
			.query(Long.class)
			.single() > 0;
		if (!mine) {
			throw new FlowableObjectNotFoundException("No notification " + id);
		}
		ignoringRaces(() -> this.jdbc
			.sql("INSERT INTO in_app_notification_read (notification_id, user_id, read_at) SELECT n.id, " + READER
					+ " FROM in_app_notification n WHERE n.id = :id AND " + UNREAD)
			.param("id", id)
			.param("user", user.id())
			.param("now", Timestamp.from(this.time.now()))
			.update());
	}

	/** Marks every item of the user read. */
	public void markAllRead(CurrentUser user) {
		// a concurrent request may mark one of them first: then this one tries again
		// with what is left
		for (int attempt = 0; attempt < 3; attempt++) {
			boolean done = ignoringRaces(() -> this.jdbc
				.sql("INSERT INTO in_app_notification_read (notification_id, user_id, read_at) " + "SELECT n.id, "
						+ READER + " FROM in_app_notification n WHERE " + MINE + " AND " + UNREAD)
				.param("user", user.id())
				.param("groups", groupsOf(user))
				.param("now", Timestamp.from(this.time.now()))
				.update());
			if (done) {
				return;
			}
		}
	}

	/**
	 * The user's own open tasks due within {@code lifecycle.notifications.due-soon} (or
	 * overdue) become items, once per task and due date.
	 */
	private void noticeDeadlines(CurrentUser user) {
		Instant now = this.time.now();
		// every page's header asks: one query for the due tasks, one for which of them
		// are known already, a write only for a new one
		Map<String, Task> due = new LinkedHashMap<>();
		for (Task task : this.tasks.createTaskQuery()
			.taskAssignee(user.id())
			.taskDueBefore(Date.from(now.plus(this.dueSoon)))
			.list()) {
			due.put(DUE_SOON + ":" + task.getId() + ":" + task.getDueDate().getTime() + ":" + user.id(), task);
		}
		if (due.isEmpty()) {
			return;
		}
		Set<String> known = new HashSet<>(
				this.jdbc.sql("SELECT dedupe_key FROM in_app_notification WHERE dedupe_key IN (:keys)")
					.param("keys", due.keySet())
					.query(String.class)
					.list());
		due.forEach((key, task) -> {
			if (known.contains(key)) {
				return;
			}
			String subject = (task.getDueDate().toInstant().isBefore(now) ? "Overdue: " : "Due soon: ")
					+ task.getName();
			ignoringRaces(() -> this.jdbc
				.sql("INSERT INTO in_app_notification (recipient_user, kind, subject, link, created_at, dedupe_key) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(user.id(), DUE_SOON, truncate(subject, 255), "/tasks/" + task.getId(), Timestamp.from(now), key)
				.update());
		});
	}

	private void insert(String userId, String groupId, String engagementId, String kind, String subject, String body,
			String link) {
		this.jdbc.sql(
				"INSERT INTO in_app_notification (recipient_user, recipient_group, engagement_id, kind, subject, body, "
						+ "link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(userId, groupId, engagementId, kind, truncate(subject, 255), truncate(body, 4000), link,
					Timestamp.from(this.time.now()))
			.update();
	}

	/**
	 * Runs the write in a transaction of its own; false when a concurrent one wrote the
	 * same row first (a failed statement must not spoil the caller's transaction).
	 */
	private boolean ignoringRaces(Runnable write) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> write.run());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static List<String> groupsOf(CurrentUser user) {
		List<String> groups = new ArrayList<>(user.groups());
		groups.remove(Groups.CONTRACTOR);
		// IN () is no valid SQL: a group nobody is in stands for none
		groups.add("");
		return groups;
	}

	private static String truncate(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
