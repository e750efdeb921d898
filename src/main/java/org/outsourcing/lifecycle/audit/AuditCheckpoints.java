package org.outsourcing.lifecycle.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the heads of all chains, now and then, into one more chain: the checkpoints.
 * <p>
 * A chain per engagement catches an entry changed, removed or moved inside it, but not
 * the removal of a whole engagement (its entries and its head row together). A checkpoint
 * records the head (length and last hash) of every chain in
 * {@code audit_checkpoint_chain} and one hash over all of them, linked to the checkpoint
 * before it ({@code audit_checkpoint}). Verification then finds each recorded head back
 * in its chain and recomputes the hash over all of them, so a chain removed after a
 * checkpoint, or cut below the length the checkpoint saw, is reported.
 * <p>
 * The window: what happens between two checkpoints (by default one minute,
 * {@code lifecycle.audit.checkpoint-interval}) is covered by the chains and their head
 * rows alone, so a whole engagement created and erased within that window, head row
 * included, is not noticed. Only the checkpointer writes these tables, never the
 * transactions that record entries: they do not wait for it. With several nodes each
 * tries; the checkpoint number is the primary key, so one of them writes it.
 */
@Service
public class AuditCheckpoints {

	private final JdbcClient jdbc;

	private final EngineTime time;

	AuditCheckpoints(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Scheduled(fixedDelayString = "${lifecycle.audit.checkpoint-interval:PT1M}",
			initialDelayString = "${lifecycle.audit.checkpoint-interval:PT1M}")
	void scheduled() {
		try {
			take();
		}
		catch (DuplicateKeyException ex) {
			// another node wrote this checkpoint
		}
	}

	/**
	 * Takes a checkpoint of every chain that grew since the last one; returns its number,
	 * or empty when nothing changed.
	 */
	@Transactional
	public Optional<Long> take() {
		Checkpoint last = latest().orElse(null);
		long number = (last != null) ? last.number() + 1 : 1;
		Map<String, Head> sealed = new HashMap<>();
		for (Head head : sealedHeads()) {
			sealed.put(head.chainId(), head);
		}
		List<Head> heads = this.jdbc.sql("SELECT chain_id, entry_count, last_hash FROM audit_chain")
			.query((rs, n) -> new Head(rs.getString("chain_id"), rs.getLong("entry_count"), rs.getString("last_hash")))
			.list();
		List<Head> grown = heads.stream().filter((head) -> !head.equals(sealed.get(head.chainId()))).toList();
		if (grown.isEmpty()) {
			return Optional.empty();
		}
		for (Head head : grown) {
			sealed.put(head.chainId(), head);
		}
		long entries = sealed.values().stream().mapToLong(Head::entryCount).sum();
		String root = root(sealed.values());
		String previous = (last != null) ? last.hash() : AuditChain.GENESIS;
		Instant now = AuditChain.truncate(this.time.now());
		// first, so that a second node taking the same checkpoint fails before it writes
		// anything
		this.jdbc
			.sql("INSERT INTO audit_checkpoint (checkpoint_number, taken_at, chain_count, entry_count, root_hash, "
					+ "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(number, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), sealed.size(), entries, root, previous,
					hash(number, now, sealed.size(), entries, root, previous))
			.update();
		for (Head head : grown) {
			int updated = this.jdbc
				.sql("UPDATE audit_checkpoint_chain SET checkpoint_number = ?, entry_count = ?, last_hash = ? "
						+ "WHERE chain_id = ?")
				.params(number, head.entryCount(), head.lastHash(), head.chainId())
				.update();
			if (updated == 0) {
				this.jdbc
					.sql("INSERT INTO audit_checkpoint_chain (chain_id, checkpoint_number, entry_count, last_hash) "
							+ "VALUES (?, ?, ?, ?)")
					.params(head.chainId(), number, head.entryCount(), head.lastHash())
					.update();
			}
		}
		return Optional.of(number);
	}

	Optional<Checkpoint> latest() {
		return this.jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY checkpoint_number DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, n) -> new Checkpoint(rs.getLong("checkpoint_number"),
					rs.getObject("taken_at", OffsetDateTime.class).toInstant(), rs.getLong("chain_count"),
					rs.getLong("entry_count"), rs.getString("root_hash"), rs.getString("previous_hash"),
					rs.getString("hash")))
			.optional();
	}

	List<Head> sealedHeads() {
		return this.jdbc.sql("SELECT chain_id, entry_count, last_hash FROM audit_checkpoint_chain")
			.query((rs, n) -> new Head(rs.getString("chain_id"), rs.getLong("entry_count"), rs.getString("last_hash")))
			.list();
	}

	/**
	 * SHA-256 over every sealed head, ordered by chain id (in Java, so the database's
	 * collation cannot change the order).
	 */
	static String root(Collection<Head> heads) {
		MessageDigest digest = AuditChain.digest();
		heads.stream().sorted((a, b) -> a.chainId().compareTo(b.chainId())).forEach((head) -> {
			String leaf = head.chainId() + '\0' + head.entryCount() + '\0' + head.lastHash() + '\n';
			digest.update(leaf.getBytes(StandardCharsets.UTF_8));
		});
		return HexFormat.of().formatHex(digest.digest());
	}

	static String hash(long number, Instant takenAt, long chains, long entries, String root, String previous) {
		return AuditChain.sha256(number + "\0" + AuditChain.truncate(takenAt) + '\0' + chains + '\0' + entries + '\0'
				+ root + '\0' + previous);
	}

	/** A chain's length and last hash. */
	record Head(String chainId, long entryCount, String lastHash) {
	}

	record Checkpoint(long number, Instant takenAt, long chainCount, long entryCount, String rootHash,
			String previousHash, String hash) {
	}

}
