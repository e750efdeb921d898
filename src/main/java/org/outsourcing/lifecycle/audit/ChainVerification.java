package org.outsourcing.lifecycle.audit;

/**
 * The result of recomputing the audit chain: valid, or the sequence number of the first
 * entry that does not hold and why.
 */
public record ChainVerification(boolean valid, long entriesChecked, Long firstBrokenEntry, String reason) {

	static ChainVerification intact(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, null);
	}

	static ChainVerification broken(long entriesChecked, long firstBrokenEntry, String reason) {
		return new ChainVerification(false, entriesChecked, firstBrokenEntry, reason);
	}

}
