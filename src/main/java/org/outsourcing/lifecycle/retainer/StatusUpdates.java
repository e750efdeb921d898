package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contractor's status updates; the owner reads them at the performance review. */
@Service
public class StatusUpdates {

	private static final RowMapper<StatusUpdate> ROW = (rs, n) -> new StatusUpdate(rs.getLong("id"),
			rs.getLong("retainer_id"), rs.getString("submitted_by"), rs.getString("progress"), rs.getString("blockers"),
			rs.getBigDecimal("hours_spent"), rs.getTimestamp("submitted_at").toInstant());

	private final JdbcClient jdbc;

	private final EngineTime time;

	StatusUpdates(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Keeps the update; returns its id. */
	@Transactional
	long record(long retainerId, String submittedBy, String progress, String blockers, BigDecimal hoursSpent) {
		if (hoursSpent != null && hoursSpent.signum() < 0) {
			throw new FlowableIllegalArgumentException("hoursSpent: cannot be negative, was " + hoursSpent);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO status_update (retainer_id, submitted_by, progress, blockers, hours_spent, submitted_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(retainerId, submittedBy, progress, blockers, hoursSpent, Timestamp.from(this.time.now()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * The blockers one update reported, for the liaison's task:
	 * {@code ${statusUpdates.blockers(blockerStatusUpdateId)}}.
	 */
	@Transactional(readOnly = true)
	public String blockers(Object statusUpdateId) {
		return this.jdbc.sql("SELECT blockers FROM status_update WHERE id = ?")
			.param(Long.parseLong(String.valueOf(statusUpdateId)))
			.query((rs, n) -> (rs.getString("blockers") != null) ? rs.getString("blockers") : "")
			.optional()
			.orElse("");
	}

	/** How the liaison resolved (or escalated) the blockers of an update. */
	@Transactional
	void resolveBlocker(long statusUpdateId, String outcome, String note, String resolvedBy) {
		this.jdbc
			.sql("UPDATE status_update SET blocker_outcome = ?, blocker_resolution = ?, blocker_resolved_by = ?, "
					+ "blocker_resolved_at = ? WHERE id = ?")
			.params(outcome, note, resolvedBy, Timestamp.from(this.time.now()), statusUpdateId)
			.update();
	}

	/**
	 * What became of the contractor's latest reported blocker, shown on their next status
	 * update: {@code ${statusUpdates.lastBlockerAnswer(retainerId)}}; empty when none was
	 * reported, "waiting" while the liaison has not answered.
	 */
	@Transactional(readOnly = true)
	public String lastBlockerAnswer(Object retainerId) {
		return this.jdbc
			.sql("SELECT blockers, blocker_outcome, blocker_resolution, blocker_resolved_at FROM status_update "
					+ "WHERE retainer_id = ? AND blockers IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(Long.parseLong(String.valueOf(retainerId)))
			.query((rs, n) -> {
				String blockers = rs.getString("blockers");
				if (rs.getString("blocker_outcome") == null) {
					return "Your liaison is working on: " + blockers;
				}
				String answer = "escalate".equals(rs.getString("blocker_outcome")) ? "Passed to the owner" : "Resolved";
				return answer + " on " + rs.getTimestamp("blocker_resolved_at").toInstant() + ": "
						+ rs.getString("blocker_resolution") + " (you reported: " + blockers + ")";
			})
			.optional()
			.orElse("");
	}

	@Transactional(readOnly = true)
	public List<StatusUpdate> forRetainer(long retainerId) {
		return this.jdbc.sql("SELECT * FROM status_update WHERE retainer_id = ? ORDER BY id")
			.param(retainerId)
			.query(ROW)
			.list();
	}

	/**
	 * What the owner sees in the performance review form:
	 * {@code ${statusUpdates.summary(retainerId)}}.
	 */
	@Transactional(readOnly = true)
	public String summary(Object retainerId) {
		List<StatusUpdate> updates = forRetainer(Long.parseLong(String.valueOf(retainerId)));
		if (updates.isEmpty()) {
			return "No status update yet";
		}
		StatusUpdate last = updates.get(updates.size() - 1);
		return updates.size() + " status update(s); the last on " + last.submittedAt() + ": " + last.progress()
				+ ((last.blockers() != null) ? " (blockers: " + last.blockers() + ")" : "");
	}

}
