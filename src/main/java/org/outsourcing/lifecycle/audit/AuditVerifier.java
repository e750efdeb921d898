package org.outsourcing.lifecycle.audit;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chain from the stored rows. An edited row no longer matches its
 * hash; a row deleted from the middle leaves a gap in the sequence and a previous hash
 * that points at nothing; rows deleted from the end are caught by the chain head, which
 * still counts them.
 */
@Service
public class AuditVerifier {

	private final JdbcClient jdbc;

	public AuditVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		AuditTrail.ChainHead head = this.jdbc.sql("SELECT entry_count, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, n) -> new AuditTrail.ChainHead(rs.getLong("entry_count"), rs.getString("last_hash")))
			.single();
		Walk walk = new Walk();
		this.jdbc.sql("SELECT * FROM audit_entry ORDER BY sequence").query((rs) -> {
			if (walk.broken != null) {
				return;
			}
			long sequence = rs.getLong("sequence");
			String previousHash = rs.getString("previous_hash");
			String storedHash = rs.getString("hash");
			if (sequence != walk.checked + 1) {
				walk.broken = ChainVerification.broken(walk.checked, walk.checked + 1, "Entry " + (walk.checked + 1)
						+ " is missing: the entry after " + walk.checked + " is " + sequence);
				return;
			}
			if (!walk.lastHash.equals(previousHash)) {
				walk.broken = ChainVerification.broken(walk.checked, sequence, "Entry " + sequence
						+ " does not link to the entry before it: its previous hash is not that entry's hash");
				return;
			}
			String hash = AuditChain.hash(sequence, rs.getString("engagement_id"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("entry_type"),
					rs.getString("actor"), rs.getString("process_instance_id"), rs.getString("process_definition_key"),
					rs.getString("activity_id"), rs.getString("activity_name"), rs.getString("details"), previousHash);
			if (!hash.equals(storedHash)) {
				walk.broken = ChainVerification.broken(walk.checked, sequence,
						"Entry " + sequence + " was changed after it was written: its content does not match its hash");
				return;
			}
			walk.checked = sequence;
			walk.lastHash = storedHash;
		});
		if (walk.broken != null) {
			return walk.broken;
		}
		if (head.entryCount() != walk.checked || !head.lastHash().equals(walk.lastHash)) {
			return ChainVerification.broken(walk.checked, Math.min(head.entryCount(), walk.checked) + 1,
					"The chain head records " + head.entryCount() + " entries ending in hash " + head.lastHash()
							+ ", but the stored chain ends at entry " + walk.checked
							+ ": entries were removed from the end (or the head was changed)");
		}
		return ChainVerification.intact(walk.checked);
	}

	/** The state of the walk along the chain. */
	private static final class Walk {

		long checked;

		String lastHash = AuditChain.GENESIS;

		ChainVerification broken;

	}

}
