package org.outsourcing.lifecycle.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.outsourcing.lifecycle.config.EngineTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit chain and reads them back.
 * <p>
 * One global chain rather than one per engagement: entries that belong to no engagement
 * (a deployment deleted through /process-api) are chained too, and deleting every entry
 * of one engagement breaks the chain of all the others. The price is that writers queue
 * on one row, which a small business's volume of task completions and timers never
 * notices.
 * <p>
 * An entry is written in the caller's transaction, the transaction of the change it
 * records: both commit or neither does. The chain head row is locked ({@code FOR UPDATE})
 * before the next sequence and the previous hash are read, so two transactions can never
 * append to the same predecessor; the lock is held until the transaction ends.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final ObjectMapper json;

	private final RowMapper<AuditEntry> row;

	public AuditTrail(JdbcClient jdbc, EngineTime time, ObjectMapper json) {
		this.jdbc = jdbc;
		this.time = time;
		this.json = json;
		this.row = (rs, n) -> new AuditEntry(rs.getLong("sequence"), rs.getString("engagement_id"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				AuditEntryType.valueOf(rs.getString("entry_type")), rs.getString("actor"),
				rs.getString("process_instance_id"), rs.getString("process_definition_key"),
				rs.getString("activity_id"), rs.getString("activity_name"), parse(rs.getString("details")),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	@Transactional
	public long record(AuditEvent event) {
		ChainHead head = this.jdbc.sql("SELECT entry_count, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new ChainHead(rs.getLong("entry_count"), rs.getString("last_hash")))
			.single();
		long sequence = head.entryCount() + 1;
		Instant now = AuditChain.truncate(this.time.now());
		String actor = (event.actor() != null && !event.actor().isBlank()) ? event.actor() : AuditActors.SYSTEM;
		String details = AuditChain.canonicalDetails(event.details());
		String hash = AuditChain.hash(sequence, event.engagementId(), now, event.type().name(), actor,
				event.processInstanceId(), event.processDefinitionKey(), event.activityId(), event.activityName(),
				details, head.lastHash());
		this.jdbc.sql("INSERT INTO audit_entry (sequence, engagement_id, recorded_at, entry_type, actor, "
				+ "process_instance_id, process_definition_key, activity_id, activity_name, details, previous_hash, hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sequence, event.engagementId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), event.type().name(),
					actor, event.processInstanceId(), event.processDefinitionKey(), event.activityId(),
					event.activityName(), details, head.lastHash(), hash)
			.update();
		this.jdbc.sql("UPDATE audit_chain_head SET entry_count = ?, last_hash = ? WHERE id = 1")
			.params(sequence, hash)
			.update();
		return sequence;
	}

	/** The timeline of one engagement, in the order it happened. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesOf(String engagementId) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE engagement_id = ? ORDER BY sequence")
			.param(engagementId)
			.query(this.row)
			.list();
	}

	/** Entries from a sequence on, for readers that follow the chain. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesAfter(long sequence, int limit) {
		return this.jdbc
			.sql("SELECT * FROM audit_entry WHERE sequence > ? ORDER BY sequence FETCH FIRST " + limit + " ROWS ONLY")
			.param(sequence)
			.query(this.row)
			.list();
	}

	@Transactional(readOnly = true)
	public long lastSequence() {
		return this.jdbc.sql("SELECT entry_count FROM audit_chain_head WHERE id = 1").query(Long.class).single();
	}

	private JsonNode parse(String details) {
		try {
			return this.json.readTree(details);
		}
		catch (JsonProcessingException ex) {
			// A row edited into invalid JSON must still be shown; verify reports it as
			// broken.
			return this.json.getNodeFactory().textNode(details);
		}
	}

	record ChainHead(long entryCount, String lastHash) {
	}

}
