package org.outsourcing.lifecycle.offboarding;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offboarding record of each engagement, filled in step by step. */
@Service
public class Offboardings {

	private static final RowMapper<OffboardingRecord> ROW = (rs, n) -> new OffboardingRecord(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getString("contractor_user_id"), rs.getString("reason"),
			instant(rs.getTimestamp("started_at")), rs.getInt("grants_revoked"), rs.getString("access_revoked_by"),
			instant(rs.getTimestamp("access_revoked_at")), rs.getObject("deliverables_recovered", Boolean.class),
			rs.getString("repository_url"), rs.getString("recovery_notes"), rs.getString("recovered_by"),
			rs.getString("data_disposition"), rs.getString("confirmed_by"), instant(rs.getTimestamp("confirmed_at")),
			rs.getBigDecimal("final_amount"), rs.getObject("final_invoice_id", Long.class), rs.getString("settled_by"),
			instant(rs.getTimestamp("settled_at")), rs.getObject("rating", Integer.class),
			rs.getObject("rehire_eligible", Boolean.class), rs.getString("feedback"), rs.getString("feedback_by"),
			instant(rs.getTimestamp("archived_at")));

	private final JdbcClient jdbc;

	private final EngineTime time;

	Offboardings(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** Opens the record; offboarding an engagement again starts from a fresh one. */
	@Transactional
	void start(String engagementId, String contractorUserId, String reason) {
		this.jdbc.sql("DELETE FROM offboarding_record WHERE engagement_id = ? AND archived_at IS NULL")
			.param(engagementId)
			.update();
		this.jdbc
			.sql("INSERT INTO offboarding_record (engagement_id, contractor_user_id, reason, started_at) "
					+ "VALUES (?, ?, ?, ?)")
			.params(engagementId, contractorUserId, reason, now())
			.update();
	}

	/** Adds to the grants revoked so far: IT may revoke in more than one pass. */
	@Transactional
	void accessRevoked(String engagementId, String revokedBy, int grants) {
		update("UPDATE offboarding_record SET grants_revoked = grants_revoked + ?, access_revoked_by = ?, "
				+ "access_revoked_at = ? WHERE engagement_id = ?", grants, revokedBy, now(), engagementId);
	}

	@Transactional
	void deliverablesRecovered(String engagementId, String repositoryUrl, String notes, String recoveredBy) {
		update("UPDATE offboarding_record SET deliverables_recovered = TRUE, repository_url = ?, recovery_notes = ?, "
				+ "recovered_by = ? WHERE engagement_id = ?", repositoryUrl, notes, recoveredBy, engagementId);
	}

	@Transactional
	void dataDisposed(String engagementId, String disposition, String confirmedBy) {
		update("UPDATE offboarding_record SET data_disposition = ?, confirmed_by = ?, confirmed_at = ? "
				+ "WHERE engagement_id = ?", disposition, confirmedBy, now(), engagementId);
	}

	@Transactional
	void settled(String engagementId, BigDecimal amount, Long invoiceId, String settledBy) {
		update("UPDATE offboarding_record SET final_amount = ?, final_invoice_id = ?, settled_by = ?, settled_at = ? "
				+ "WHERE engagement_id = ?", amount, invoiceId, settledBy, now(), engagementId);
	}

	@Transactional
	void archived(String engagementId, int rating, boolean rehireEligible, String feedback, String feedbackBy) {
		update("UPDATE offboarding_record SET rating = ?, rehire_eligible = ?, feedback = ?, feedback_by = ?, "
				+ "archived_at = ? WHERE engagement_id = ?", rating, rehireEligible, feedback, feedbackBy, now(),
				engagementId);
	}

	@Transactional(readOnly = true)
	public Optional<OffboardingRecord> find(String engagementId) {
		return this.jdbc.sql("SELECT * FROM offboarding_record WHERE engagement_id = ?")
			.param(engagementId)
			.query(ROW)
			.optional();
	}

	private void update(String sql, Object... params) {
		int changed = this.jdbc.sql(sql).params(params).update();
		if (changed == 0) {
			throw new FlowableObjectNotFoundException(
					"No offboarding record for engagement " + params[params.length - 1] + "; it was never started");
		}
	}

	private Timestamp now() {
		return Timestamp.from(this.time.now());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
