package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Instant;

/** One performance review and what the owner decided. */
public record PerformanceReview(long id, long retainerId, String outcome, BigDecimal newMonthlyFee, String notes,
		String reviewedBy, Instant reviewedAt) {
}
