package org.outsourcing.lifecycle.contract;

import java.time.Instant;

/**
 * One offer of the contract to one candidate; {@code clientContactAccepted} is the signed
 * statement on customer-facing work (null when the work is not).
 */
public record ContractOffer(long id, long contractId, String candidateUserId, OfferStatus status, Instant offeredAt,
		Instant expiresAt, String signatureName, Instant signedAt, String countersignedBy, Instant countersignedAt,
		String closedReason, Boolean clientContactAccepted) {

}
