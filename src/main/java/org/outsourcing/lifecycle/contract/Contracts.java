package org.outsourcing.lifecycle.contract;

import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
 * The contract of an engagement and its offers. A signature is accepted only on an open
 * offer that has not expired by the engine's clock, whatever the timer has done yet.
 */
@Service
public class Contracts {

	private static final RowMapper<ContractOffer> OFFER = (rs, n) -> new ContractOffer(rs.getLong("id"),
			rs.getLong("contract_id"), rs.getString("candidate_user_id"), OfferStatus.valueOf(rs.getString("status")),
			rs.getTimestamp("offered_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
			rs.getString("signature_name"), instant(rs.getTimestamp("signed_at")), rs.getString("countersigned_by"),
			instant(rs.getTimestamp("countersigned_at")), rs.getString("closed_reason"),
			(Boolean) rs.getObject("client_contact_accepted"));

	private final JdbcClient jdbc;

	private final EngineTime time;

	Contracts(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/**
	 * Writes the drafted terms. A later draft for the engagement (a new recruitment
	 * round) replaces them; the offers made on the earlier terms stay as they were
	 * closed.
	 */
	@Transactional
	long draft(String engagementId, ContractTerms terms, String draftedBy) {
		Object[] values = { terms.ndaIncluded(), terms.workProductToCompany(), terms.companyOwnsData(),
				terms.performanceExpectations(), terms.incentives(), terms.deliverables(), terms.paymentTerms(),
				terms.trialFee().setScale(2, RoundingMode.HALF_UP), terms.currency(), terms.ndaScope(),
				terms.clientContactClause(), draftedBy, Timestamp.from(this.time.now()), engagementId };
		int updated = this.jdbc.sql("UPDATE contract SET nda_included = ?, work_product_to_company = ?, "
				+ "company_owns_data = ?, performance_expectations = ?, incentives = ?, deliverables = ?, "
				+ "payment_terms = ?, trial_fee = ?, currency = ?, nda_scope = ?, client_contact_clause = ?, drafted_by = ?, drafted_at = ? WHERE engagement_id = ?")
			.params(values)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO contract (nda_included, work_product_to_company, company_owns_data, "
					+ "performance_expectations, incentives, deliverables, payment_terms, trial_fee, currency, nda_scope, "
					+ "client_contact_clause, drafted_by, drafted_at, engagement_id) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(values)
				.update();
		}
		return this.jdbc.sql("SELECT id FROM contract WHERE engagement_id = ?")
			.param(engagementId)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<ContractTerms> terms(String engagementId) {
		return this.jdbc.sql("SELECT * FROM contract WHERE engagement_id = ?")
			.param(engagementId)
			.query((rs, n) -> new ContractTerms(rs.getBoolean("nda_included"), rs.getBoolean("work_product_to_company"),
					rs.getBoolean("company_owns_data"), rs.getString("performance_expectations"),
					rs.getString("incentives"), rs.getString("deliverables"), rs.getString("payment_terms"),
					rs.getBigDecimal("trial_fee"), rs.getString("currency"), rs.getString("nda_scope"),
					rs.getString("client_contact_clause")))
			.optional();
	}

	@Transactional
	ContractOffer offer(String engagementId, String candidateUserId, Instant expiresAt) {
		long contractId = this.jdbc.sql("SELECT id FROM contract WHERE engagement_id = ?")
			.param(engagementId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new FlowableObjectNotFoundException(
					"No contract drafted for engagement '" + engagementId + "'", ContractTerms.class));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO contract_offer (contract_id, candidate_user_id, status, offered_at, expires_at) "
					+ "VALUES (?, ?, 'OFFERED', ?, ?)")
			.params(contractId, candidateUserId, Timestamp.from(this.time.now()), Timestamp.from(expiresAt))
			.update(keys, "id");
		return offer(keys.getKeyAs(Number.class).longValue());
	}

	@Transactional(readOnly = true)
	public ContractOffer offer(long offerId) {
		return this.jdbc.sql("SELECT * FROM contract_offer WHERE id = ?")
			.param(offerId)
			.query(OFFER)
			.optional()
			.orElseThrow(
					() -> new FlowableObjectNotFoundException("No contract offer " + offerId, ContractOffer.class));
	}

	@Transactional(readOnly = true)
	public List<ContractOffer> offers(String engagementId) {
		return this.jdbc
			.sql("SELECT o.* FROM contract_offer o JOIN contract c ON c.id = o.contract_id "
					+ "WHERE c.engagement_id = ? ORDER BY o.id")
			.param(engagementId)
			.query(OFFER)
			.list();
	}

	@Transactional
	void sign(long offerId, String signatureName, Boolean clientContactAccepted) {
		ContractOffer offer = offer(offerId);
		Instant now = this.time.now();
		if (offer.status() == OfferStatus.OFFERED && !now.isBefore(offer.expiresAt())) {
			throw new FlowableConflictException("The offer expired on " + offer.expiresAt()
					+ ", so it can no longer be signed; ask for a new offer");
		}
		int changed = this.jdbc
			.sql("UPDATE contract_offer SET status = 'SIGNED', signature_name = ?, signed_at = ?, "
					+ "client_contact_accepted = ? WHERE id = ? AND status = 'OFFERED'")
			.params(signatureName, Timestamp.from(now), clientContactAccepted, offerId)
			.update();
		if (changed == 0) {
			throw new FlowableConflictException(
					"The offer is " + offer.status().name().toLowerCase() + ", so it cannot be signed");
		}
	}

	@Transactional
	void countersign(long offerId, String ownerUserId) {
		int changed = this.jdbc
			.sql("UPDATE contract_offer SET status = 'COUNTERSIGNED', countersigned_by = ?, countersigned_at = ? "
					+ "WHERE id = ? AND status = 'SIGNED'")
			.params(ownerUserId, Timestamp.from(this.time.now()), offerId)
			.update();
		if (changed == 0) {
			throw new FlowableConflictException("The offer is " + offer(offerId).status().name().toLowerCase()
					+ "; only a contract the contractor signed can be countersigned");
		}
	}

	/**
	 * The owner declines to sign for the company what the candidate signed: the offer is
	 * lost, with the owner's reason.
	 */
	@Transactional
	void refuseCountersignature(long offerId, String ownerUserId, String reason) {
		int changed = this.jdbc
			.sql("UPDATE contract_offer SET status = 'COUNTERSIGNATURE_REFUSED', countersigned_by = ?, "
					+ "countersigned_at = ?, closed_reason = ? WHERE id = ? AND status = 'SIGNED'")
			.params(ownerUserId, Timestamp.from(this.time.now()), reason, offerId)
			.update();
		if (changed == 0) {
			throw new FlowableConflictException("The offer is " + offer(offerId).status().name().toLowerCase()
					+ "; only a contract the contractor signed can be refused a countersignature");
		}
	}

	/** A lost offer as the owner reads it when choosing the next candidate. */
	@Transactional(readOnly = true)
	public String lostOffer(Object offerId) {
		ContractOffer offer = offer(Long.parseLong(String.valueOf(offerId)));
		return offer.candidateUserId() + ": " + offer.status().name().toLowerCase().replace('_', ' ')
				+ ((offer.closedReason() != null) ? " (" + offer.closedReason() + ")" : "");
	}

	/**
	 * Closes an open offer; an offer already closed keeps the status it was closed with.
	 */
	@Transactional
	boolean close(long offerId, OfferStatus status, String reason) {
		return this.jdbc
			.sql("UPDATE contract_offer SET status = ?, closed_reason = ? WHERE id = ? AND status = 'OFFERED'")
			.params(status.name(), reason, offerId)
			.update() == 1;
	}

	@Transactional
	void statement(long offerId, String standard, String statement) {
		this.jdbc
			.sql("INSERT INTO compliance_statement (offer_id, standard, statement, submitted_at) VALUES (?, ?, ?, ?)")
			.params(offerId, standard, statement, Timestamp.from(this.time.now()))
			.update();
	}

	@Transactional
	void reviewStatements(long offerId, boolean approved, String reviewer, String note) {
		this.jdbc
			.sql("UPDATE compliance_statement SET approved = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? "
					+ "WHERE offer_id = ? AND reviewed_at IS NULL")
			.params(approved, reviewer, Timestamp.from(this.time.now()), note, offerId)
			.update();
	}

	/** The statements of an offer as legal reads them: "PCI DSS: ..." one per line. */
	@Transactional(readOnly = true)
	public String statements(Object offerId) {
		List<String> lines = this.jdbc
			.sql("SELECT standard, statement FROM compliance_statement WHERE offer_id = ? ORDER BY id")
			.param(Long.parseLong(String.valueOf(offerId)))
			.query((rs, n) -> rs.getString("standard") + ": " + rs.getString("statement"))
			.list();
		return String.join("\n", lines);
	}

	/**
	 * The contracts a contractor signed and the owner countersigned, latest first, each
	 * with its engagement.
	 */
	@Transactional(readOnly = true)
	public List<SignedOffer> countersignedFor(String contractorUserId) {
		return this.jdbc
			.sql("SELECT c.engagement_id, o.* FROM contract_offer o JOIN contract c ON c.id = o.contract_id "
					+ "WHERE o.candidate_user_id = ? AND o.status = 'COUNTERSIGNED' ORDER BY o.countersigned_at DESC")
			.param(contractorUserId)
			.query((rs, n) -> new SignedOffer(rs.getString("engagement_id"), OFFER.mapRow(rs, n)))
			.list();
	}

	public record SignedOffer(String engagementId, ContractOffer offer) {
	}

	/** Who drafted the contract of an engagement, and when. */
	@Transactional(readOnly = true)
	public Optional<Drafting> drafting(String engagementId) {
		return this.jdbc.sql("SELECT drafted_by, drafted_at FROM contract WHERE engagement_id = ?")
			.param(engagementId)
			.query((rs, n) -> new Drafting(rs.getString("drafted_by"), rs.getTimestamp("drafted_at").toInstant()))
			.optional();
	}

	/** The statements of an offer with legal's review, in the order they were made. */
	@Transactional(readOnly = true)
	public List<ComplianceStatement> statementsOf(long offerId) {
		return this.jdbc
			.sql("SELECT standard, statement, approved, reviewed_by, reviewed_at FROM compliance_statement "
					+ "WHERE offer_id = ? ORDER BY id")
			.param(offerId)
			.query((rs, n) -> new ComplianceStatement(rs.getString("standard"), rs.getString("statement"),
					(Boolean) rs.getObject("approved"), rs.getString("reviewed_by"),
					instant(rs.getTimestamp("reviewed_at"))))
			.list();
	}

	public record Drafting(String draftedBy, Instant draftedAt) {
	}

	public record ComplianceStatement(String standard, String statement, Boolean approved, String reviewedBy,
			Instant reviewedAt) {
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
