package org.outsourcing.lifecycle.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with stored rows through plain JDBC is caught by verify; parallel writers
 * never fork the chain. Each tampering is undone afterwards, because the chain is shared
 * with every other test of this application context.
 */
@SpringBootTest
class AuditVerificationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	private final List<Runnable> repairs = new ArrayList<>();

	@AfterEach
	void undoTampering() {
		this.repairs.forEach(Runnable::run);
		assertThat(this.verifier.verify().valid()).as("the chain is whole again for the next test").isTrue();
	}

	@Test
	void anUntouchedChainVerifies() {
		long last = writeEntries(3);

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(last);
		assertThat(result.firstBrokenEntry()).isNull();
	}

	@Test
	void anEditedEntryIsCaught() {
		long last = writeEntries(3);
		long edited = last - 1;
		String original = this.jdbc.sql("SELECT details FROM audit_entry WHERE sequence = ?")
			.param(edited)
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE audit_entry SET details = ? WHERE sequence = ?")
			.params("{\"outcome\":\"confirm\"}", edited)
			.update();
		this.repairs.add(() -> this.jdbc.sql("UPDATE audit_entry SET details = ? WHERE sequence = ?")
			.params(original, edited)
			.update());

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntry()).isEqualTo(edited);
		assertThat(result.entriesChecked()).isEqualTo(edited - 1);
		assertThat(result.reason()).contains("changed");
	}

	@Test
	void anEditedActorIsCaughtToo() {
		long last = writeEntries(2);
		this.jdbc.sql("UPDATE audit_entry SET actor = 'somebody-else' WHERE sequence = ?").param(last - 1).update();
		this.repairs.add(() -> this.jdbc.sql("UPDATE audit_entry SET actor = 'verification-test' WHERE sequence = ?")
			.param(last - 1)
			.update());

		assertThat(this.verifier.verify().firstBrokenEntry()).isEqualTo(last - 1);
	}

	@Test
	void anEntryDeletedFromTheMiddleIsCaught() {
		long last = writeEntries(3);
		long deleted = last - 1;
		deleteAndRememberToRestore(deleted);

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntry()).isEqualTo(deleted);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void entriesDeletedFromTheEndAreCaughtByTheChainHead() {
		long last = writeEntries(3);
		deleteAndRememberToRestore(last);

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.entriesChecked()).isEqualTo(last - 1);
		assertThat(result.firstBrokenEntry()).isEqualTo(last);
		assertThat(result.reason()).contains("removed from the end");
	}

	@Test
	void theCommandLineCheckPrintsTheResultAndExitsNonZeroWhenBroken() throws Exception {
		AuditVerifyCommand command = new AuditVerifyCommand(this.verifier, this.json, null);
		long last = writeEntries(2);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		assertThat(command.report(new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"valid\":true");

		deleteAndRememberToRestore(last);
		printed.reset();
		assertThat(command.report(new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"valid\":false")
			.contains("\"firstBrokenEntry\":" + last);
	}

	@Test
	void parallelTransactionsNeverForkTheChain() throws Exception {
		long before = this.trail.lastSequence();
		int writers = 8;
		int transactionsEach = 15;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				String engagementId = "parallel-" + writer + "-" + System.nanoTime();
				work.add(() -> {
					for (int i = 0; i < transactionsEach; i++) {
						// Two entries per transaction: a fork would show as interleaved
						// links.
						this.transactions.executeWithoutResult((status) -> {
							this.trail.record(entry(engagementId));
							this.trail.record(entry(engagementId));
						});
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		long expected = before + (long) writers * transactionsEach * 2;
		assertThat(this.trail.lastSequence()).isEqualTo(expected);
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT previous_hash) FROM audit_entry WHERE sequence > ?")
			.param(before)
			.query(Long.class)
			.single()).isEqualTo(expected - before);
		ChainVerification result = this.verifier.verify();
		assertThat(result.valid()).as(String.valueOf(result.reason())).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(expected);
	}

	private long writeEntries(int count) {
		String engagementId = "verification-" + System.nanoTime();
		long last = 0;
		for (int i = 0; i < count; i++) {
			last = this.trail.record(entry(engagementId));
		}
		return last;
	}

	private static AuditEvent entry(String engagementId) {
		return AuditEvent.of(engagementId, AuditEntryType.ADMIN_INTERVENTION, "verification-test", null,
				Map.of("note", "written by " + Thread.currentThread().getName()));
	}

	private void deleteAndRememberToRestore(long sequence) {
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM audit_entry WHERE sequence = ?")
			.param(sequence)
			.query()
			.singleRow();
		this.jdbc.sql("DELETE FROM audit_entry WHERE sequence = ?").param(sequence).update();
		this.repairs.add(() -> this.jdbc.sql(
				"INSERT INTO audit_entry (sequence, engagement_id, recorded_at, entry_type, actor, process_instance_id, "
						+ "process_definition_key, activity_id, activity_name, details, previous_hash, hash) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(row.get("SEQUENCE"), row.get("ENGAGEMENT_ID"), row.get("RECORDED_AT"), row.get("ENTRY_TYPE"),
					row.get("ACTOR"), row.get("PROCESS_INSTANCE_ID"), row.get("PROCESS_DEFINITION_KEY"),
					row.get("ACTIVITY_ID"), row.get("ACTIVITY_NAME"), row.get("DETAILS"), row.get("PREVIOUS_HASH"),
					row.get("HASH"))
			.update());
	}

}
