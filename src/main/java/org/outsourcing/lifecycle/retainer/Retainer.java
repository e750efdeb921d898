package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Instant;

/** The retainer of an engagement with its current terms. */
public record Retainer(long id, String engagementId, String contractorUserId, BigDecimal monthlyFee, String currency,
		String scope, int termMonths, String liaison, Instant startsAt, Instant endsAt, RetainerStatus status,
		Instant endedAt, String endReason, int renewals) {

	public boolean active() {
		return this.status == RetainerStatus.ACTIVE;
	}

}
