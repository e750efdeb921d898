package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The periodic performance reviews of a retainer. */
@Service
public class PerformanceReviews {

	private static final RowMapper<PerformanceReview> ROW = (rs, n) -> new PerformanceReview(rs.getLong("id"),
			rs.getLong("retainer_id"), rs.getString("outcome"), rs.getBigDecimal("new_monthly_fee"),
			rs.getString("notes"), rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toInstant());

	private final JdbcClient jdbc;

	private final EngineTime time;

	PerformanceReviews(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional
	void record(long retainerId, String outcome, BigDecimal newMonthlyFee, String notes, String reviewedBy) {
		this.jdbc.sql(
				"INSERT INTO performance_review (retainer_id, outcome, new_monthly_fee, notes, reviewed_by, reviewed_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(retainerId, outcome, newMonthlyFee, notes, reviewedBy, Timestamp.from(this.time.now()))
			.update();
	}

	@Transactional(readOnly = true)
	public List<PerformanceReview> forRetainer(long retainerId) {
		return this.jdbc.sql("SELECT * FROM performance_review WHERE retainer_id = ? ORDER BY id")
			.param(retainerId)
			.query(ROW)
			.list();
	}

}
