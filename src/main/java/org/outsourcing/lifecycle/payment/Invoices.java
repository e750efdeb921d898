package org.outsourcing.lifecycle.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * Invoices and payments. Each change checks the status it expects in the same UPDATE, so
 * two finance clerks paying the same invoice at once cannot both succeed.
 */
@Service
public class Invoices {

	private static final RowMapper<Invoice> ROW = (rs, n) -> new Invoice(rs.getLong("id"),
			rs.getString("engagement_id"), InvoiceKind.valueOf(rs.getString("kind")), rs.getString("description"),
			rs.getBigDecimal("amount"), rs.getString("currency"), InvoiceStatus.valueOf(rs.getString("status")),
			rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getString("decided_by"),
			instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"), rs.getString("paid_by"),
			instant(rs.getTimestamp("paid_at")), rs.getString("payment_reference"));

	private final JdbcClient jdbc;

	private final EngineTime time;

	public Invoices(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional
	public Invoice issue(String engagementId, InvoiceKind kind, String description, BigDecimal amount, String currency,
			String issuedBy) {
		if (amount == null || amount.signum() <= 0) {
			throw new FlowableIllegalArgumentException("amount: must be more than zero, was " + amount);
		}
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new FlowableIllegalArgumentException(
					"currency: must be a three-letter ISO 4217 code, was " + currency);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO invoice (engagement_id, kind, description, amount, currency, status, issued_by, issued_at) "
						+ "VALUES (?, ?, ?, ?, ?, 'ISSUED', ?, ?)")
			.params(engagementId, kind.name(), description, amount.setScale(2, RoundingMode.HALF_UP), currency,
					issuedBy, Timestamp.from(this.time.now()))
			.update(keys, "id");
		return find(keys.getKeyAs(Number.class).longValue());
	}

	@Transactional
	public Invoice approve(long invoiceId, String approvedBy, String note) {
		return decide(invoiceId, InvoiceStatus.APPROVED, approvedBy, note);
	}

	@Transactional
	public Invoice reject(long invoiceId, String rejectedBy, String note) {
		return decide(invoiceId, InvoiceStatus.REJECTED, rejectedBy, note);
	}

	/**
	 * A rejection was disputed and the mediator decided the invoice is owed after all, in
	 * full or at a settled amount (above zero, at most the invoiced one): approved for
	 * payment at that amount. The note says what was invoiced and why.
	 */
	@Transactional
	public Invoice approveAfterDispute(long invoiceId, BigDecimal amount, String decidedBy, String note) {
		Invoice invoice = find(invoiceId);
		if (amount == null || amount.signum() <= 0 || amount.compareTo(invoice.amount()) > 0) {
			throw new FlowableIllegalArgumentException(
					"settledAmount: must be more than zero and at most the invoiced " + invoice.amount().toPlainString()
							+ " " + invoice.currency() + ", was " + ((amount != null) ? amount.toPlainString() : null));
		}
		int changed = this.jdbc
			.sql("UPDATE invoice SET status = 'APPROVED', amount = ?, decided_by = ?, decided_at = ?, "
					+ "decision_note = ?, version = version + 1 WHERE id = ? AND status = 'REJECTED'")
			.params(amount.setScale(2, RoundingMode.HALF_UP), decidedBy, Timestamp.from(this.time.now()), note,
					invoiceId)
			.update();
		if (changed == 0) {
			throw new InvoiceStateException("Invoice " + invoiceId + " is " + invoice.status().name().toLowerCase()
					+ "; only a rejected invoice can be approved after a dispute");
		}
		return find(invoiceId);
	}

	@Transactional
	public Invoice pay(long invoiceId, String paidBy, String paymentReference) {
		Invoice invoice = find(invoiceId);
		int changed = this.jdbc
			.sql("UPDATE invoice SET status = 'PAID', paid_by = ?, paid_at = ?, payment_reference = ?, "
					+ "version = version + 1 WHERE id = ? AND status = 'APPROVED'")
			.params(paidBy, Timestamp.from(this.time.now()), paymentReference, invoiceId)
			.update();
		if (changed == 0) {
			throw new InvoiceStateException("Invoice " + invoiceId + " is " + invoice.status().name().toLowerCase()
					+ ", so it cannot be paid; only an approved invoice can be paid");
		}
		return find(invoiceId);
	}

	@Transactional(readOnly = true)
	public Invoice find(long invoiceId) {
		return this.jdbc.sql("SELECT * FROM invoice WHERE id = ?")
			.param(invoiceId)
			.query(ROW)
			.optional()
			.orElseThrow(() -> new InvoiceNotFoundException(invoiceId));
	}

	@Transactional(readOnly = true)
	public List<Invoice> forEngagement(String engagementId) {
		return this.jdbc.sql("SELECT * FROM invoice WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	private Invoice decide(long invoiceId, InvoiceStatus decision, String decidedBy, String note) {
		Invoice invoice = find(invoiceId);
		int changed = this.jdbc.sql(
				"UPDATE invoice SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, version = version + 1 "
						+ "WHERE id = ? AND status = 'ISSUED'")
			.params(decision.name(), decidedBy, Timestamp.from(this.time.now()), note, invoiceId)
			.update();
		if (changed == 0) {
			throw new InvoiceStateException("Invoice " + invoiceId + " was already "
					+ invoice.status().name().toLowerCase() + "; it can be approved or rejected only once");
		}
		return find(invoiceId);
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
