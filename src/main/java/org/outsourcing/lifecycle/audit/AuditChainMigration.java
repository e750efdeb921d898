package org.outsourcing.lifecycle.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Migration V61: from one global audit chain, whose head row every audited transaction
 * locked, to a chain per engagement plus checkpoints ({@link AuditTrail},
 * {@link AuditCheckpoints}).
 * <p>
 * It first verifies the old chain as V60 wrote it and refuses to go on if it is broken:
 * linking tampered entries again would make them verify. Then it links each engagement's
 * entries into its own chain, in their old order, keeps their sequence numbers, and
 * appends a {@link AuditEntryType#TRAIL_MIGRATED} entry that keeps the old chain's length
 * and last hash. Written in Java because the hashes are (Spring Boot hands Flyway every
 * {@link JavaMigration} bean).
 */
@Component
class AuditChainMigration implements JavaMigration {

	private static final String[] SCHEMA = { "ALTER TABLE audit_entry ADD COLUMN chain_id VARCHAR(64)",
			"ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT",
			"CREATE TABLE audit_chain (chain_id VARCHAR(64) PRIMARY KEY, entry_count BIGINT NOT NULL, "
					+ "last_hash CHAR(64) NOT NULL)",
			"CREATE TABLE audit_checkpoint (checkpoint_number BIGINT PRIMARY KEY, "
					+ "taken_at TIMESTAMP WITH TIME ZONE NOT NULL, chain_count BIGINT NOT NULL, "
					+ "entry_count BIGINT NOT NULL, root_hash CHAR(64) NOT NULL, previous_hash CHAR(64) NOT NULL, "
					+ "hash CHAR(64) NOT NULL)",
			"CREATE TABLE audit_checkpoint_chain (chain_id VARCHAR(64) PRIMARY KEY, "
					+ "checkpoint_number BIGINT NOT NULL, entry_count BIGINT NOT NULL, last_hash CHAR(64) NOT NULL)" };

	private static final String[] CONSTRAINTS = { "ALTER TABLE audit_entry ALTER COLUMN chain_id SET NOT NULL",
			"ALTER TABLE audit_entry ALTER COLUMN chain_position SET NOT NULL",
			"CREATE UNIQUE INDEX audit_entry_chain ON audit_entry (chain_id, chain_position)",
			"DROP TABLE audit_chain_head" };

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("61");
	}

	@Override
	public String getDescription() {
		return "audit chain per engagement";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<Row> rows = readAndVerifyLegacyChain(connection);
		try (Statement ddl = connection.createStatement()) {
			for (String statement : SCHEMA) {
				ddl.execute(statement);
			}
		}
		Map<String, Link> chains = new LinkedHashMap<>();
		long sequence = 0;
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE audit_entry SET chain_id = ?, chain_position = ?, previous_hash = ?, hash = ? WHERE sequence = ?")) {
			for (Row row : rows) {
				Link link = append(chains, row);
				update.setString(1, link.chainId());
				update.setLong(2, link.position());
				update.setString(3, link.previousHash());
				update.setString(4, link.hash());
				update.setLong(5, row.sequence());
				update.addBatch();
				sequence = row.sequence();
			}
			update.executeBatch();
		}
		if (!rows.isEmpty()) {
			sequence++;
			Row migrated = new Row(
					sequence, null, AuditChain.truncate(Instant.now()), AuditEntryType.TRAIL_MIGRATED.name(),
					CurrentUser.SYSTEM, null, null, null, null, AuditChain.canonicalDetails(Map.of("migration", "V61",
							"legacyEntries", rows.size(), "legacyLastHash", rows.get(rows.size() - 1).hash())),
					null, null);
			insert(connection, migrated, append(chains, migrated));
		}
		try (PreparedStatement head = connection
			.prepareStatement("INSERT INTO audit_chain (chain_id, entry_count, last_hash) VALUES (?, ?, ?)")) {
			for (Link link : chains.values()) {
				head.setString(1, link.chainId());
				head.setLong(2, link.position());
				head.setString(3, link.hash());
				head.addBatch();
			}
			head.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("CREATE SEQUENCE audit_entry_sequence START WITH " + (sequence + 1));
			for (String statement : CONSTRAINTS) {
				ddl.execute(statement);
			}
		}
	}

	private static Link append(Map<String, Link> chains, Row row) {
		String chainId = AuditChain.chainOf(row.engagementId());
		Link before = chains.get(chainId);
		long position = (before != null) ? before.position() + 1 : 1;
		String previousHash = (before != null) ? before.hash() : AuditChain.GENESIS;
		String hash = AuditChain.hash(chainId, position, row.sequence(), row.engagementId(), row.recordedAt(),
				row.type(), row.actor(), row.processInstanceId(), row.processDefinitionKey(), row.activityId(),
				row.activityName(), row.details(), previousHash);
		Link link = new Link(chainId, position, previousHash, hash);
		chains.put(chainId, link);
		return link;
	}

	private static List<Row> readAndVerifyLegacyChain(Connection connection) throws SQLException {
		List<Row> rows = new ArrayList<>();
		String lastHash = AuditChain.GENESIS;
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT * FROM audit_entry ORDER BY sequence")) {
			while (rs.next()) {
				Row row = new Row(rs.getLong("sequence"), rs.getString("engagement_id"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("entry_type"),
						rs.getString("actor"), rs.getString("process_instance_id"),
						rs.getString("process_definition_key"), rs.getString("activity_id"),
						rs.getString("activity_name"), rs.getString("details"), rs.getString("previous_hash"),
						rs.getString("hash"));
				String hash = AuditChain.legacyHash(row.sequence(), row.engagementId(), row.recordedAt(), row.type(),
						row.actor(), row.processInstanceId(), row.processDefinitionKey(), row.activityId(),
						row.activityName(), row.details(), row.previousHash());
				if (row.sequence() != rows.size() + 1 || !lastHash.equals(row.previousHash())
						|| !hash.equals(row.hash())) {
					throw refused("entry " + (rows.size() + 1) + " is missing, moved or changed");
				}
				rows.add(row);
				lastHash = hash;
			}
		}
		try (Statement select = connection.createStatement();
				ResultSet head = select
					.executeQuery("SELECT entry_count, last_hash FROM audit_chain_head WHERE id = 1")) {
			if (!head.next() || head.getLong("entry_count") != rows.size()
					|| !head.getString("last_hash").equals(lastHash)) {
				throw refused("its head does not match its last entry (entries removed from the end?)");
			}
		}
		return rows;
	}

	private static IllegalStateException refused(String why) {
		return new IllegalStateException("The audit trail is broken (" + why + "): it is not linked into chains per "
				+ "engagement, which would make the tampered entries verify. Find out what happened with the "
				+ "exports and GET /api/audit/verify of the previous version before upgrading.");
	}

	private static void insert(Connection connection, Row row, Link link) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO audit_entry (sequence, chain_id, chain_position, engagement_id, recorded_at, entry_type, "
						+ "actor, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, row.sequence());
			insert.setString(2, link.chainId());
			insert.setLong(3, link.position());
			insert.setString(4, row.engagementId());
			insert.setObject(5, OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC));
			insert.setString(6, row.type());
			insert.setString(7, row.actor());
			insert.setString(8, row.details());
			insert.setString(9, link.previousHash());
			insert.setString(10, link.hash());
			insert.executeUpdate();
		}
	}

	private record Row(long sequence, String engagementId, Instant recordedAt, String type, String actor,
			String processInstanceId, String processDefinitionKey, String activityId, String activityName,
			String details, String previousHash, String hash) {
	}

	private record Link(String chainId, long position, String previousHash, String hash) {
	}

}
