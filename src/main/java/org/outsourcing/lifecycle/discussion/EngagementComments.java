package org.outsourcing.lifecycle.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
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
 * An engagement's comment thread (table {@code engagement_comment}): one thread from the
 * request to the archive, read on the engagement page and on each of its tasks, so a
 * comment written at one task is there at the next. The contractor reads only what is
 * meant for them and what they wrote; whatever a caller may not read answers "not found".
 * Comments written on single tasks before the thread existed (the engine's task comments)
 * are shown in it too.
 */
@Service
public class EngagementComments {

	/** The longest comment, in characters. */
	public static final int MAX_TEXT = 2000;

	private static final RowMapper<EngagementComment> ROW = (rs, n) -> new EngagementComment(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getString("author"), rs.getTimestamp("written_at").toInstant(),
			rs.getString("text"), CommentVisibility.valueOf(rs.getString("visibility")), rs.getString("task_id"),
			rs.getString("task_name"));

	private final JdbcClient jdbc;

	private final EngagementReaders readers;

	private final HistoryService history;

	private final TaskService tasks;

	private final AuditTrail audit;

	private final EngineTime time;

	private final CommentNotifications notifications;

	EngagementComments(JdbcClient jdbc, EngagementReaders readers, HistoryService history, TaskService tasks,
			AuditTrail audit, EngineTime time, CommentNotifications notifications) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.readers = readers;
		this.history = history;
		this.tasks = tasks;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * The user's part in the thread.
	 * @throws FlowableObjectNotFoundException when the engagement is unknown or not the
	 * user's to see
	 */
	public Reader readerOf(String engagementId, CurrentUser user) {
		return this.readers.of(engagementId, user)
			.orElseThrow(() -> new FlowableObjectNotFoundException("No engagement '" + engagementId + "'"));
	}

	/** The thread as the user may read it, oldest first. */
	@Transactional(readOnly = true)
	public List<EngagementComment> read(String engagementId, CurrentUser user) {
		Reader reader = readerOf(engagementId, user);
		List<EngagementComment> thread = new ArrayList<>(taskComments(engagementId));
		thread.addAll(this.jdbc.sql("SELECT * FROM engagement_comment WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list());
		thread.sort(Comparator.comparing(EngagementComment::writtenAt));
		if (reader.readsEverything()) {
			return thread;
		}
		return thread.stream()
			.filter((comment) -> comment.forContractor() || user.id().equals(comment.author()))
			.toList();
	}

	/**
	 * Adds a comment in the caller's transaction, audited. The contractor's comments are
	 * always theirs to read; the company's reach the contractor only when
	 * {@code forContractor}.
	 * @param taskId the task it was written on, or {@code null} (the engagement page)
	 * @throws FlowableIllegalArgumentException naming {@code text} when it is empty or
	 * too long
	 * @throws FlowableForbiddenException for a reader who may not write (auditors)
	 */
	@Transactional
	public EngagementComment write(String engagementId, CurrentUser user, String text, boolean forContractor,
			String taskId) {
		Reader reader = readerOf(engagementId, user);
		if (!reader.mayWrite()) {
			throw new FlowableForbiddenException("Auditors read the comments but do not write");
		}
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			throw new FlowableIllegalArgumentException("text: is required");
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new FlowableIllegalArgumentException(
					"text: has at most " + MAX_TEXT + " characters, was " + trimmed.length());
		}
		CommentVisibility visibility = (reader == Reader.CONTRACTOR || forContractor) ? CommentVisibility.CONTRACTOR
				: CommentVisibility.COMPANY;
		HistoricTaskInstance task = (taskId != null)
				? this.history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult() : null;
		Instant now = this.time.now();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO engagement_comment (engagement_id, author, written_at, text, visibility, task_id, "
					+ "task_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(engagementId, user.id(), Timestamp.from(now), trimmed, visibility.name(),
					(task != null) ? task.getId() : null, (task != null) ? task.getName() : null)
			.update(keys, "id");
		EngagementComment comment = new EngagementComment(keys.getKeyAs(Number.class).longValue(), engagementId,
				user.id(), now, trimmed, visibility, (task != null) ? task.getId() : null,
				(task != null) ? task.getName() : null);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("commentId", comment.id());
		details.put("visibility", visibility.name());
		details.put("text", trimmed);
		details.put("taskId", comment.taskId());
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.ENGAGEMENT_COMMENT_WRITTEN, user.id(),
				(task != null) ? task.getProcessInstanceId() : engagementId, details));
		this.notifications.tell(comment);
		return comment;
	}

	/**
	 * The comments written on the engagement's tasks with the engine's task comments; the
	 * contractor reads those on the tasks they held.
	 */
	private List<EngagementComment> taskComments(String engagementId) {
		Map<String, HistoricTaskInstance> tasksById = this.history.createHistoricTaskInstanceQuery()
			.processInstanceIdWithChildren(engagementId)
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
		String contractor = this.readers.contractorOf(engagementId);
		List<EngagementComment> comments = new ArrayList<>();
		for (String instance : instancesOf(engagementId)) {
			this.tasks.getProcessInstanceComments(instance).forEach((comment) -> {
				HistoricTaskInstance task = tasksById.get(comment.getTaskId());
				boolean contractorsTask = task != null && contractor != null && contractor.equals(task.getAssignee());
				comments.add(new EngagementComment(null, engagementId, comment.getUserId(),
						comment.getTime().toInstant(), comment.getFullMessage(),
						contractorsTask ? CommentVisibility.CONTRACTOR : CommentVisibility.COMPANY, comment.getTaskId(),
						(task != null) ? task.getName() : null));
			});
		}
		return comments;
	}

	/** The engagement's process instance and every stage under it. */
	private List<String> instancesOf(String engagementId) {
		List<String> instances = new ArrayList<>();
		List<String> next = List.of(engagementId);
		while (!next.isEmpty()) {
			instances.addAll(next);
			next = next.stream()
				.flatMap((parent) -> this.history.createHistoricProcessInstanceQuery()
					.superProcessInstanceId(parent)
					.list()
					.stream())
				.map(HistoricProcessInstance::getId)
				.toList();
		}
		return instances;
	}

}
