package org.outsourcing.lifecycle.core;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The engagement records. */
@Service
public class Engagements {

	private static final RowMapper<Engagement> ROW = (rs, n) -> new Engagement(rs.getString("id"),
			rs.getString("title"), rs.getString("job_category"), rs.getString("data_sensitivity"),
			rs.getString("access_level"), rs.getString("requested_by"), rs.getString("liaison"),
			EngagementStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	private final EngineTime time;

	public Engagements(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Writes the work definition of an engagement; a second call updates it. */
	@Transactional
	public void record(WorkDefinition definition, EngagementStatus status, String reason) {
		Timestamp now = Timestamp.from(this.time.now());
		int updated = this.jdbc
			.sql("UPDATE engagement SET title = ?, job_category = ?, data_sensitivity = ?, access_level = ?, "
					+ "requested_by = ?, liaison = ?, status = ?, status_reason = ?, updated_at = ? WHERE id = ?")
			.params(definition.title(), definition.jobCategory(), definition.dataSensitivity(),
					definition.accessLevel(), definition.requestedBy(), definition.liaison(), status.name(), reason,
					now, definition.engagementId())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO engagement (id, title, job_category, data_sensitivity, access_level, requested_by, "
						+ "liaison, status, status_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(definition.engagementId(), definition.title(), definition.jobCategory(),
						definition.dataSensitivity(), definition.accessLevel(), definition.requestedBy(),
						definition.liaison(), status.name(), reason, now, now)
				.update();
		}
	}

	/**
	 * Moves an engagement to a new status; later stages call this as the engagement
	 * progresses.
	 */
	@Transactional
	public void changeStatus(String engagementId, EngagementStatus status, String reason) {
		int updated = this.jdbc.sql("UPDATE engagement SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), reason, Timestamp.from(this.time.now()), engagementId)
			.update();
		if (updated == 0) {
			throw new EngagementNotFoundException(engagementId);
		}
	}

	/**
	 * Moves an engagement on as a stage progresses. A stage process started on its own
	 * (in a test, or by an admin) has no engagement record, and then there is nothing to
	 * move.
	 */
	@Transactional
	public boolean progress(String engagementId, EngagementStatus status, String reason) {
		return this.jdbc.sql("UPDATE engagement SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), reason, Timestamp.from(this.time.now()), engagementId)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<Engagement> find(String engagementId) {
		return this.jdbc.sql("SELECT * FROM engagement WHERE id = ?").param(engagementId).query(ROW).optional();
	}

	@Transactional(readOnly = true)
	public List<Engagement> all() {
		return this.jdbc.sql("SELECT * FROM engagement ORDER BY created_at DESC").query(ROW).list();
	}

}
