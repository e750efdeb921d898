package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of a retainer's fee history. */
public record FeeChange(long id, long retainerId, BigDecimal monthlyFee, Instant effectiveFrom, String changedBy,
		String reason) {
}
