package org.outsourcing.lifecycle.offboarding;

import java.math.BigDecimal;
import java.time.Instant;

/** What offboarding recorded for one engagement. */
public record OffboardingRecord(long id, String engagementId, String contractorUserId, String reason, Instant startedAt,
		int grantsRevoked, String accessRevokedBy, Instant accessRevokedAt, Boolean deliverablesRecovered,
		String repositoryUrl, String recoveryNotes, String recoveredBy, String dataDisposition, String confirmedBy,
		Instant confirmedAt, BigDecimal finalAmount, Long finalInvoiceId, String settledBy, Instant settledAt,
		Integer rating, Boolean rehireEligible, String feedback, String feedbackBy, Instant archivedAt) {
}
