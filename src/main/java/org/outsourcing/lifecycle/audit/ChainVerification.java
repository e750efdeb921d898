package org.outsourcing.lifecycle.audit;

/**
 * The result of recomputing the audit chains: valid, or where the first break was found
 * (the {@code sequence} of the entry, when there is one, and its engagement) and why.
 */
public record ChainVerification(boolean valid, long entriesChecked, long chainsChecked, Long lastCheckpoint,
		Long firstBrokenEntry, String brokenEngagement, String reason) {

	static ChainVerification intact(long entriesChecked, long chainsChecked, Long lastCheckpoint) {
		return new ChainVerification(true, entriesChecked, chainsChecked, lastCheckpoint, null, null, null);
	}

	static ChainVerification broken(long entriesChecked, long chainsChecked, Long lastCheckpoint, Long firstBrokenEntry,
			String chainId, String reason) {
		String engagement = AuditChain.NO_ENGAGEMENT.equals(chainId) ? null : chainId;
		return new ChainVerification(false, entriesChecked, chainsChecked, lastCheckpoint, firstBrokenEntry, engagement,
				reason);
	}

}
