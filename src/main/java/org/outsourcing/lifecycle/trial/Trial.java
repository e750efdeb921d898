package org.outsourcing.lifecycle.trial;

import java.math.BigDecimal;
import java.time.Instant;

/** The paid trial task of an engagement. */
public record Trial(long id, String engagementId, String contractorUserId, String instructions,
		String acceptanceCriteria, BigDecimal fee, String currency, Instant dueAt, boolean extended, int revisions,
		TrialStatus status, String outcomeReason, Long invoiceId) {

}
