package org.outsourcing.lifecycle.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** One invoice and what finance decided and paid. */
public record Invoice(long id, String engagementId, InvoiceKind kind, String description, BigDecimal amount,
		String currency, InvoiceStatus status, String issuedBy, Instant issuedAt, String decidedBy, Instant decidedAt,
		String decisionNote, String paidBy, Instant paidAt, String paymentReference) {
}
