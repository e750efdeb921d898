package org.outsourcing.lifecycle.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Migration V61 on a database that V60 filled: the old global chain is checked, its
 * entries are linked again per engagement and still verify; a tampered old chain is
 * refused rather than sealed.
 */
class AuditChainMigrationTest {

	private final DataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcClient jdbc = JdbcClient.create(this.database);

	@Test
	void theOldChainIsLinkedAgainPerEngagementAndVerifies() {
		migrateTo("60");
		writeLegacyChain();

		migrateTo("latest");

		ChainVerification result = new AuditVerifier(this.jdbc, new AuditCheckpoints(this.jdbc, null)).verify();
		assertThat(result.valid()).as(String.valueOf(result.reason())).isTrue();
		assertThat(result.entriesChecked()).as("four old entries and the migration's own").isEqualTo(5);
		assertThat(result.chainsChecked()).as("engagements A and B, and no engagement").isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT sequence, chain_id, chain_position FROM audit_entry ORDER BY sequence")
			.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3))
			.list()).containsExactly("1 A 1", "2 B 1", "3 - 1", "4 A 2", "5 - 2");
		assertThat(this.jdbc.sql("SELECT details FROM audit_entry WHERE entry_type = 'TRAIL_MIGRATED'")
			.query(String.class)
			.single()).contains("\"legacyEntries\":4", "\"legacyLastHash\":\"");
		assertThat(this.jdbc.sql("VALUES NEXT VALUE FOR audit_entry_sequence").query(Long.class).single())
			.as("new entries continue the numbering")
			.isEqualTo(6);
	}

	@Test
	void aTamperedOldChainIsRefused() {
		migrateTo("60");
		writeLegacyChain();
		this.jdbc.sql("UPDATE audit_entry SET actor = 'somebody-else' WHERE sequence = 2").update();

		assertThatException().isThrownBy(() -> migrateTo("latest"))
			.withStackTraceContaining("The audit trail is broken (entry 2 is missing, moved or changed)");
	}

	@Test
	void anEmptyTrailMigratesToEmptyChains() {
		migrateTo("latest");

		ChainVerification result = new AuditVerifier(this.jdbc, new AuditCheckpoints(this.jdbc, null)).verify();
		assertThat(result.valid()).isTrue();
		assertThat(result.entriesChecked()).isZero();
		assertThat(this.jdbc.sql("VALUES NEXT VALUE FOR audit_entry_sequence").query(Long.class).single()).isOne();
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.database)
			.locations("classpath:db/migration")
			.javaMigrations(new AuditChainMigration())
			.target(version)
			.load()
			.migrate();
	}

	/** What V60's AuditTrail wrote: one global chain and its head. */
	private void writeLegacyChain() {
		String previous = AuditChain.GENESIS;
		List<String> engagements = java.util.Arrays.asList("A", "B", null, "A");
		Instant time = Instant.parse("2026-03-01T10:15:30.123Z");
		for (int i = 0; i < engagements.size(); i++) {
			long sequence = i + 1;
			String details = AuditChain.canonicalDetails(Map.of("step", sequence));
			String hash = AuditChain.legacyHash(sequence, engagements.get(i), time, "ADMIN_INTERVENTION", "admin", null,
					null, null, null, details, previous);
			this.jdbc
				.sql("INSERT INTO audit_entry (sequence, engagement_id, recorded_at, entry_type, actor, details, "
						+ "previous_hash, hash) VALUES (?, ?, ?, 'ADMIN_INTERVENTION', 'admin', ?, ?, ?)")
				.params(sequence, engagements.get(i), OffsetDateTime.ofInstant(time, ZoneOffset.UTC), details, previous,
						hash)
				.update();
			previous = hash;
		}
		this.jdbc.sql("UPDATE audit_chain_head SET entry_count = ?, last_hash = ? WHERE id = 1")
			.params(engagements.size(), previous)
			.update();
	}

}
