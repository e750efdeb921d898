package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retainers and their fee history. Every change names the status it expects in the
 * same UPDATE, so an ended retainer is never renewed, re-priced or ended twice.
 */
@Service
public class Retainers {

	private static final RowMapper<Retainer> ROW = (rs, n) -> new Retainer(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getString("contractor_user_id"), rs.getBigDecimal("monthly_fee"),
			rs.getString("currency"), rs.getString("scope"), rs.getInt("term_months"), rs.getString("liaison"),
			rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
			RetainerStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("ended_at")),
			rs.getString("end_reason"), rs.getInt("renewals"));

	private static final RowMapper<FeeChange> FEE = (rs, n) -> new FeeChange(rs.getLong("id"),
			rs.getLong("retainer_id"), rs.getBigDecimal("monthly_fee"), rs.getTimestamp("effective_from").toInstant(),
			rs.getString("changed_by"), rs.getString("reason"));

	private final JdbcClient jdbc;

	private final EngineTime time;

	Retainers(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/**
	 * Starts the retainer now, for the offered term, with its first fee in the history.
	 * @throws FlowableConflictException when the engagement already has a running
	 * retainer
	 */
	@Transactional
	Retainer start(String engagementId, String contractorUserId, RetainerTerms terms, String offeredBy,
			Instant notAfter) {
		active(engagementId).ifPresent((running) -> {
			throw new FlowableConflictException(
					"Engagement " + engagementId + " already has a running retainer (" + running.id() + ")");
		});
		Instant startsAt = this.time.now().truncatedTo(ChronoUnit.SECONDS);
		BigDecimal fee = money(terms.monthlyFee());
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO retainer (engagement_id, contractor_user_id, monthly_fee, currency, scope, term_months, "
					+ "liaison, starts_at, ends_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')")
			.params(engagementId, contractorUserId, fee, terms.currency(), terms.scope(), terms.termMonths(),
					terms.liaison(), Timestamp.from(startsAt),
					Timestamp.from(earlier(plusMonths(startsAt, terms.termMonths()), notAfter)))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		recordFee(id, fee, startsAt, offeredBy, "Agreed at the start of the retainer");
		return get(id);
	}

	/**
	 * Extends the running term by some months from its current end, but not past
	 * {@code notAfter} (the cut-off date; null: no bound).
	 */
	@Transactional
	Retainer renew(long retainerId, int months, Instant notAfter) {
		Retainer retainer = get(retainerId);
		RetainerTerms.requireMonths(RetainerVariables.RENEWAL_MONTHS, months);
		if (notAfter != null && !retainer.endsAt().isBefore(notAfter)) {
			throw new FlowableIllegalArgumentException(
					RetainerVariables.RENEWAL_MONTHS + ": the retainer already ends " + "on the cut-off date ("
							+ retainer.endsAt() + "); it cannot be renewed beyond it, end it instead");
		}
		int changed = this.jdbc
			.sql("UPDATE retainer SET ends_at = ?, term_months = ?, renewals = renewals + 1 "
					+ "WHERE id = ? AND status = 'ACTIVE'")
			.params(Timestamp.from(earlier(plusMonths(retainer.endsAt(), months), notAfter)), months, retainerId)
			.update();
		requireActive(retainer, changed, "renewed");
		return get(retainerId);
	}

	/**
	 * Raises the monthly fee from now on; a raise rewards a top performer, so the new fee
	 * must be higher than the current one.
	 */
	@Transactional
	Retainer raiseFee(long retainerId, BigDecimal newMonthlyFee, String changedBy, String reason) {
		Retainer retainer = get(retainerId);
		BigDecimal fee = money(newMonthlyFee);
		if (fee.compareTo(retainer.monthlyFee()) <= 0) {
			throw new FlowableIllegalArgumentException(
					RetainerVariables.NEW_MONTHLY_FEE + ": must be higher than the current fee of "
							+ retainer.monthlyFee() + " " + retainer.currency() + ", was " + newMonthlyFee);
		}
		int changed = this.jdbc.sql("UPDATE retainer SET monthly_fee = ? WHERE id = ? AND status = 'ACTIVE'")
			.params(fee, retainerId)
			.update();
		requireActive(retainer, changed, "re-priced");
		recordFee(retainerId, fee, this.time.now(), changedBy, reason);
		return get(retainerId);
	}

	/** Ends the retainer with the reason the business gives. */
	@Transactional
	Retainer end(long retainerId, String reason) {
		Retainer retainer = get(retainerId);
		int changed = this.jdbc.sql(
				"UPDATE retainer SET status = 'ENDED', ended_at = ?, end_reason = ? WHERE id = ? AND status = 'ACTIVE'")
			.params(Timestamp.from(this.time.now()), reason, retainerId)
			.update();
		requireActive(retainer, changed, "ended");
		return get(retainerId);
	}

	@Transactional(readOnly = true)
	public Optional<Retainer> find(long retainerId) {
		return this.jdbc.sql("SELECT * FROM retainer WHERE id = ?").param(retainerId).query(ROW).optional();
	}

	/**
	 * The retainer a process refers to, for form values such as
	 * {@code ${retainers.get(retainerId).monthlyFee()}}.
	 */
	@Transactional(readOnly = true)
	public Retainer get(Object retainerId) {
		long id = Long.parseLong(String.valueOf(retainerId));
		return find(id).orElseThrow(() -> new FlowableObjectNotFoundException("No retainer " + id, Retainer.class));
	}

	/** The running retainer of the engagement, if any. */
	@Transactional(readOnly = true)
	public Optional<Retainer> active(String engagementId) {
		return this.jdbc.sql("SELECT * FROM retainer WHERE engagement_id = ? AND status = 'ACTIVE'")
			.param(engagementId)
			.query(ROW)
			.optional();
	}

	/** The retainers a contractor works under now, the oldest first. */
	@Transactional(readOnly = true)
	public List<Retainer> activeFor(String contractorUserId) {
		return this.jdbc.sql("SELECT * FROM retainer WHERE contractor_user_id = ? AND status = 'ACTIVE' ORDER BY id")
			.param(contractorUserId)
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Retainer> forEngagement(String engagementId) {
		return this.jdbc.sql("SELECT * FROM retainer WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	/** Every fee the retainer had, the first one first. */
	@Transactional(readOnly = true)
	public List<FeeChange> fees(long retainerId) {
		return this.jdbc.sql("SELECT * FROM retainer_fee WHERE retainer_id = ? ORDER BY id")
			.param(retainerId)
			.query(FEE)
			.list();
	}

	private void recordFee(long retainerId, BigDecimal fee, Instant from, String changedBy, String reason) {
		this.jdbc
			.sql("INSERT INTO retainer_fee (retainer_id, monthly_fee, effective_from, changed_by, reason) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(retainerId, fee, Timestamp.from(from), changedBy, reason)
			.update();
	}

	private static void requireActive(Retainer retainer, int changed, String action) {
		if (changed == 0) {
			throw new FlowableConflictException("Retainer " + retainer.id() + " has ended (" + retainer.endReason()
					+ "), so it cannot be " + action);
		}
	}

	/**
	 * Months on the calendar, in UTC: a term that starts on 31 January ends on 28
	 * February.
	 */
	private static Instant earlier(Instant end, Instant notAfter) {
		return (notAfter != null && notAfter.isBefore(end)) ? notAfter : end;
	}

	static Instant plusMonths(Instant start, int months) {
		return start.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
