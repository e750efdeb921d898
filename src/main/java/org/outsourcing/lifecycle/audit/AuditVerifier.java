package org.outsourcing.lifecycle.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.outsourcing.lifecycle.audit.AuditCheckpoints.Checkpoint;
import org.outsourcing.lifecycle.audit.AuditCheckpoints.Head;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every chain from the stored rows, then the checkpoints over them. An edited
 * row no longer matches its hash; a row removed from the middle of a chain leaves a gap
 * in its positions; rows moved to another place no longer link to their predecessor; rows
 * removed from the end are caught by the chain's head row, which still counts them; a
 * chain removed with its head row, or cut below what the last checkpoint saw, is caught
 * by the checkpoint.
 * <p>
 * Reads one snapshot (repeatable read), so entries written meanwhile are not mistaken for
 * a broken chain.
 */
@Service
public class AuditVerifier {

	private final JdbcClient jdbc;

	private final AuditCheckpoints checkpoints;

	public AuditVerifier(JdbcClient jdbc, AuditCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.checkpoints = checkpoints;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		Map<String, Head> heads = new HashMap<>();
		this.jdbc.sql("SELECT chain_id, entry_count, last_hash FROM audit_chain")
			.query((rs, n) -> new Head(rs.getString("chain_id"), rs.getLong("entry_count"), rs.getString("last_hash")))
			.list()
			.forEach((head) -> heads.put(head.chainId(), head));
		List<Head> sealedHeads = this.checkpoints.sealedHeads();
		Map<String, Head> sealed = new HashMap<>();
		sealedHeads.forEach((head) -> sealed.put(head.chainId(), head));
		Checkpoint latest = this.checkpoints.latest().orElse(null);
		Walk walk = new Walk(heads, sealed, (latest != null) ? latest.number() : null);
		this.jdbc.sql("SELECT * FROM audit_entry ORDER BY chain_id, chain_position").query(walk::entry);
		walk.endOfChain();
		if (walk.broken != null) {
			return walk.broken;
		}
		for (Head head : heads.values()) {
			if (!walk.chainsSeen.contains(head.chainId()) && head.entryCount() > 0) {
				return walk.broken(null, head.chainId(), "All " + head.entryCount() + " entries of "
						+ describe(head.chainId()) + " are missing; its head row still counts them");
			}
		}
		for (Head head : sealedHeads) {
			if (!walk.chainsSeen.contains(head.chainId())) {
				return walk.broken(null, head.chainId(),
						"The chain of " + describe(head.chainId()) + " is missing: checkpoint " + walk.checkpoint
								+ " sealed it with " + head.entryCount()
								+ " entries, now neither its entries nor its head are there");
			}
		}
		return checkpoints(latest, sealedHeads, walk);
	}

	private ChainVerification checkpoints(Checkpoint latest, List<Head> sealedHeads, Walk walk) {
		long expected = 1;
		String previous = AuditChain.GENESIS;
		for (Checkpoint checkpoint : this.jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY checkpoint_number")
			.query((rs, n) -> new Checkpoint(rs.getLong("checkpoint_number"),
					rs.getObject("taken_at", OffsetDateTime.class).toInstant(), rs.getLong("chain_count"),
					rs.getLong("entry_count"), rs.getString("root_hash"), rs.getString("previous_hash"),
					rs.getString("hash")))
			.list()) {
			if (checkpoint.number() != expected || !checkpoint.previousHash().equals(previous)
					|| !checkpoint.hash()
						.equals(AuditCheckpoints.hash(checkpoint.number(), checkpoint.takenAt(),
								checkpoint.chainCount(), checkpoint.entryCount(), checkpoint.rootHash(),
								checkpoint.previousHash()))) {
				return walk.broken(null, null, "Checkpoint " + expected
						+ " is missing, changed or out of order: the checkpoints no longer link up");
			}
			expected++;
			previous = checkpoint.hash();
		}
		if (latest == null) {
			return sealedHeads.isEmpty() ? ChainVerification.intact(walk.entries, walk.chainsSeen.size(), null) : walk
				.broken(null, null, "Chains are sealed, but no checkpoint is there: checkpoints were removed");
		}
		if (sealedHeads.size() != latest.chainCount()
				|| !AuditCheckpoints.root(sealedHeads).equals(latest.rootHash())) {
			return walk.broken(null, null,
					"Checkpoint " + latest.number() + " sealed " + latest.chainCount() + " chains, but the "
							+ sealedHeads.size()
							+ " sealed heads stored now give another hash: a chain's seal was removed or changed");
		}
		return ChainVerification.intact(walk.entries, walk.chainsSeen.size(), latest.number());
	}

	private static String describe(String chainId) {
		return AuditChain.NO_ENGAGEMENT.equals(chainId) ? "the entries of no engagement" : "engagement " + chainId;
	}

	/** The state of the walk along the chains, one after the other. */
	private static final class Walk {

		private final Map<String, Head> heads;

		private final Map<String, Head> sealed;

		private final Long checkpoint;

		final Set<String> chainsSeen = new HashSet<>();

		long entries;

		String chain;

		long position;

		String lastHash;

		ChainVerification broken;

		Walk(Map<String, Head> heads, Map<String, Head> sealed, Long checkpoint) {
			this.heads = heads;
			this.sealed = sealed;
			this.checkpoint = checkpoint;
		}

		void entry(ResultSet rs) throws SQLException {
			if (this.broken != null) {
				return;
			}
			String chainId = rs.getString("chain_id");
			if (!chainId.equals(this.chain)) {
				endOfChain();
				if (this.broken != null) {
					return;
				}
				this.chain = chainId;
				this.chainsSeen.add(chainId);
				this.position = 0;
				this.lastHash = AuditChain.GENESIS;
			}
			long sequence = rs.getLong("sequence");
			long position = rs.getLong("chain_position");
			String previousHash = rs.getString("previous_hash");
			String storedHash = rs.getString("hash");
			if (position != this.position + 1) {
				this.broken = broken(sequence, chainId, "Entry " + (this.position + 1) + " of " + describe(chainId)
						+ " is missing: the entry after " + this.position + " is " + position);
				return;
			}
			if (!this.lastHash.equals(previousHash)) {
				this.broken = broken(sequence, chainId, "Entry " + position + " of " + describe(chainId)
						+ " does not link to the entry before it: its previous hash is not that entry's hash");
				return;
			}
			String hash = AuditChain.hash(chainId, position, sequence, rs.getString("engagement_id"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("entry_type"),
					rs.getString("actor"), rs.getString("process_instance_id"), rs.getString("process_definition_key"),
					rs.getString("activity_id"), rs.getString("activity_name"), rs.getString("details"), previousHash);
			if (!hash.equals(storedHash) || !chainId.equals(AuditChain.chainOf(rs.getString("engagement_id")))) {
				this.broken = broken(sequence, chainId, "Entry " + position + " of " + describe(chainId)
						+ " was changed after it was written: its content does not match its hash");
				return;
			}
			Head seal = this.sealed.get(chainId);
			if (seal != null && seal.entryCount() == position && !seal.lastHash().equals(storedHash)) {
				this.broken = broken(sequence, chainId, "Entry " + position + " of " + describe(chainId)
						+ " is not the one checkpoint " + this.checkpoint + " sealed");
				return;
			}
			this.position = position;
			this.lastHash = storedHash;
			this.entries++;
		}

		void endOfChain() {
			if (this.broken != null || this.chain == null) {
				return;
			}
			Head head = this.heads.get(this.chain);
			if (head == null) {
				this.broken = broken(null, this.chain,
						"The head row of " + describe(this.chain) + " is missing: the chain's end cannot be checked");
			}
			else if (head.entryCount() != this.position || !head.lastHash().equals(this.lastHash)) {
				this.broken = broken(null, this.chain,
						"The head of " + describe(this.chain) + " records " + head.entryCount()
								+ " entries, but the stored chain ends at entry " + this.position
								+ ": entries were removed from the end (or the head was changed)");
			}
			else {
				Head seal = this.sealed.get(this.chain);
				if (seal != null && seal.entryCount() > this.position) {
					this.broken = broken(null, this.chain,
							"Checkpoint " + this.checkpoint + " sealed " + seal.entryCount() + " entries of "
									+ describe(this.chain) + ", only " + this.position
									+ " are there: entries were removed from the end");
				}
			}
		}

		ChainVerification broken(Long sequence, String chainId, String reason) {
			return ChainVerification.broken(this.entries, this.chainsSeen.size(), this.checkpoint, sequence, chainId,
					reason);
		}

	}

}
