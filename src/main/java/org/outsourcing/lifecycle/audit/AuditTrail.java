package org.outsourcing.lifecycle.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import java.sql.DatabaseMetaData;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the audit trail and reads them back.
 * <p>
 * Every engagement has its own hash chain, and the entries of no engagement (a deployment
 * deleted through /process-api) share one more: writers of different engagements never
 * wait for each other, on one node or many. An entry is written in the caller's
 * transaction, the transaction of the change it records: both commit or neither does. The
 * head row of the entry's chain ({@code audit_chain}) is locked ({@code FOR UPDATE})
 * before the next position and the previous hash are read, so two transactions can never
 * append to the same predecessor; the lock is held until the transaction ends. That a
 * whole chain disappears is caught by the checkpoints ({@link AuditCheckpoints}).
 * <p>
 * {@code sequence} numbers entries across chains in the order they were written (a
 * database sequence: no lock, gaps where a transaction rolled back).
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final ObjectMapper json;

	private final DataFieldMaxValueIncrementer sequences;

	private final TransactionTemplate savepoint;

	private final RowMapper<AuditEntry> row;

	public AuditTrail(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, EngineTime time,
			ObjectMapper json) {
		this.jdbc = jdbc;
		this.time = time;
		this.json = json;
		this.sequences = sequence(dataSource);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.row = (rs, n) -> new AuditEntry(rs.getLong("sequence"), rs.getLong("chain_position"),
				rs.getString("engagement_id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				AuditEntryType.valueOf(rs.getString("entry_type")), rs.getString("actor"),
				rs.getString("process_instance_id"), rs.getString("process_definition_key"),
				rs.getString("activity_id"), rs.getString("activity_name"), parse(rs.getString("details")),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	private static DataFieldMaxValueIncrementer sequence(DataSource dataSource) {
		try {
			String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(database)
					? new PostgresSequenceMaxValueIncrementer(dataSource, "audit_entry_sequence")
					: new H2SequenceMaxValueIncrementer(dataSource, "audit_entry_sequence");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the audit trail", ex);
		}
	}

	@Transactional
	public long record(AuditEvent event) {
		String chain = AuditChain.chainOf(event.engagementId());
		ChainHead head = lockHead(chain);
		long position = head.entryCount() + 1;
		long sequence = this.sequences.nextLongValue();
		Instant now = AuditChain.truncate(this.time.now());
		String actor = (event.actor() != null && !event.actor().isBlank()) ? event.actor() : CurrentUser.SYSTEM;
		String details = AuditChain.canonicalDetails(event.details());
		String hash = AuditChain.hash(chain, position, sequence, event.engagementId(), now, event.type().name(), actor,
				event.processInstanceId(), event.processDefinitionKey(), event.activityId(), event.activityName(),
				details, head.lastHash());
		this.jdbc.sql("INSERT INTO audit_entry (sequence, chain_id, chain_position, engagement_id, recorded_at, "
				+ "entry_type, actor, process_instance_id, process_definition_key, activity_id, activity_name, details, "
				+ "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sequence, chain, position, event.engagementId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
					event.type().name(), actor, event.processInstanceId(), event.processDefinitionKey(),
					event.activityId(), event.activityName(), details, head.lastHash(), hash)
			.update();
		this.jdbc.sql("UPDATE audit_chain SET entry_count = ?, last_hash = ? WHERE chain_id = ?")
			.params(position, hash, chain)
			.update();
		return sequence;
	}

	/**
	 * The head of the chain, locked until the transaction ends; a new engagement's chain
	 * is created on its first entry (in a savepoint: should another transaction create it
	 * at the same moment, this one waits for that row instead of failing).
	 */
	private ChainHead lockHead(String chain) {
		Optional<ChainHead> head = selectHeadForUpdate(chain);
		if (head.isPresent()) {
			return head.get();
		}
		try {
			this.savepoint.executeWithoutResult((status) -> this.jdbc
				.sql("INSERT INTO audit_chain (chain_id, entry_count, last_hash) VALUES (?, 0, ?)")
				.params(chain, AuditChain.GENESIS)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// created by a transaction that committed meanwhile: lock that row
		}
		return selectHeadForUpdate(chain).orElseThrow();
	}

	private Optional<ChainHead> selectHeadForUpdate(String chain) {
		return this.jdbc.sql("SELECT entry_count, last_hash FROM audit_chain WHERE chain_id = ? FOR UPDATE")
			.param(chain)
			.query((rs, n) -> new ChainHead(rs.getLong("entry_count"), rs.getString("last_hash")))
			.optional();
	}

	/** The timeline of one engagement, in the order of its chain. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesOf(String engagementId) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE chain_id = ? ORDER BY chain_position")
			.param(engagementId)
			.query(this.row)
			.list();
	}

	/** The entries of one engagement of these types, in the order of its chain. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesOf(String engagementId, Collection<AuditEntryType> types) {
		return this.jdbc
			.sql("SELECT * FROM audit_entry WHERE chain_id = :chain AND entry_type IN (:types) ORDER BY chain_position")
			.param("chain", engagementId)
			.param("types", types.stream().map(AuditEntryType::name).toList())
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
		return this.jdbc.sql("SELECT COALESCE(MAX(sequence), 0) FROM audit_entry").query(Long.class).single();
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
