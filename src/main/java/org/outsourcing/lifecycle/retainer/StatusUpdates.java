package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Transactional
	void record(long retainerId, String submittedBy, String progress, String blockers, BigDecimal hoursSpent) {
		if (hoursSpent != null && hoursSpent.signum() < 0) {
			throw new FlowableIllegalArgumentException("hoursSpent: cannot be negative, was " + hoursSpent);
		}
		this.jdbc
			.sql("INSERT INTO status_update (retainer_id, submitted_by, progress, blockers, hours_spent, submitted_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(retainerId, submittedBy, progress, blockers, hoursSpent, Timestamp.from(this.time.now()))
			.update();
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
