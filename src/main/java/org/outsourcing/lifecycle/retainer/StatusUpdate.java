package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Instant;

/** One status update the contractor submitted. */
public record StatusUpdate(long id, long retainerId, String submittedBy, String progress, String blockers,
		BigDecimal hoursSpent, Instant submittedAt) {
}
