package org.outsourcing.lifecycle.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trial tasks, their deliveries and the reviews of those deliveries. */
@Service
public class Trials {

	private static final RowMapper<Trial> ROW = (rs, n) -> new Trial(rs.getLong("id"), rs.getString("engagement_id"),
			rs.getString("contractor_user_id"), rs.getString("instructions"), rs.getString("acceptance_criteria"),
			rs.getBigDecimal("fee"), rs.getString("currency"), rs.getTimestamp("due_at").toInstant(),
			rs.getBoolean("extended"), rs.getInt("revisions"), TrialStatus.valueOf(rs.getString("status")),
			rs.getString("outcome_reason"), (Long) rs.getObject("invoice_id", Long.class));

	private final JdbcClient jdbc;

	private final EngineTime time;

	Trials(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional
	Trial assign(String engagementId, String contractor, String instructions, String criteria, BigDecimal fee,
			String currency, Instant dueAt, String assignedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO trial (engagement_id, contractor_user_id, instructions, acceptance_criteria, fee, "
				+ "currency, due_at, status, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?, ?)")
			.params(engagementId, contractor, instructions, criteria, fee.setScale(2, RoundingMode.HALF_UP), currency,
					Timestamp.from(dueAt), assignedBy, Timestamp.from(this.time.now()))
			.update(keys, "id");
		return get(keys.getKeyAs(Number.class).longValue());
	}

	@Transactional(readOnly = true)
	public Trial get(Object trialId) {
		long id = Long.parseLong(String.valueOf(trialId));
		return this.jdbc.sql("SELECT * FROM trial WHERE id = ?")
			.param(id)
			.query(ROW)
			.optional()
			.orElseThrow(() -> new FlowableObjectNotFoundException("No trial task " + id, Trial.class));
	}

	@Transactional(readOnly = true)
	public List<Trial> forEngagement(String engagementId) {
		return this.jdbc.sql("SELECT * FROM trial WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	@Transactional
	void deliver(long trialId, String deliverableUrl, String notes) {
		this.jdbc.sql("INSERT INTO trial_delivery (trial_id, deliverable_url, notes, delivered_at) VALUES (?, ?, ?, ?)")
			.params(trialId, deliverableUrl, notes, Timestamp.from(this.time.now()))
			.update();
		status(trialId, TrialStatus.DELIVERED, null);
	}

	/** The reviewer's verdict on the latest delivery. */
	@Transactional
	void review(long trialId, String review, String feedback, String reviewer) {
		this.jdbc
			.sql("UPDATE trial_delivery SET review = ?, feedback = ?, reviewed_by = ?, reviewed_at = ? "
					+ "WHERE id = (SELECT MAX(id) FROM trial_delivery WHERE trial_id = ?)")
			.params(review, feedback, reviewer, Timestamp.from(this.time.now()), trialId)
			.update();
	}

	@Transactional
	void reschedule(long trialId, Instant dueAt, boolean extension) {
		this.jdbc.sql("UPDATE trial SET due_at = ?, extended = extended OR ?, revisions = revisions + ? WHERE id = ?")
			.params(Timestamp.from(dueAt), extension, extension ? 0 : 1, trialId)
			.update();
		status(trialId, extension ? TrialStatus.ASSIGNED : TrialStatus.IN_REVISION, null);
	}

	@Transactional
	void status(long trialId, TrialStatus status, String reason) {
		this.jdbc.sql("UPDATE trial SET status = ?, outcome_reason = COALESCE(?, outcome_reason) WHERE id = ?")
			.params(status.name(), reason, trialId)
			.update();
	}

	@Transactional
	void invoiced(long trialId, long invoiceId) {
		this.jdbc.sql("UPDATE trial SET invoice_id = ? WHERE id = ?").params(invoiceId, trialId).update();
	}

	@Transactional(readOnly = true)
	public String latestDelivery(Object trialId) {
		return this.jdbc.sql(
				"SELECT deliverable_url FROM trial_delivery WHERE trial_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(Long.parseLong(String.valueOf(trialId)))
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * The reviewer's feedback on the latest reviewed delivery: what the contractor works
	 * on in a revision (after two revisions, the second feedback, not the first).
	 */
	@Transactional(readOnly = true)
	public String latestFeedback(Object trialId) {
		return this.jdbc
			.sql("SELECT feedback FROM trial_delivery WHERE trial_id = ? AND feedback IS NOT NULL "
					+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(Long.parseLong(String.valueOf(trialId)))
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** The contractor's notes with the latest delivery, for the reviewer. */
	@Transactional(readOnly = true)
	public String latestDeliveryNotes(Object trialId) {
		return this.jdbc
			.sql("SELECT notes FROM trial_delivery WHERE trial_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(Long.parseLong(String.valueOf(trialId)))
			.query((rs, n) -> (rs.getString("notes") != null) ? rs.getString("notes") : "")
			.optional()
			.orElse("");
	}

}
