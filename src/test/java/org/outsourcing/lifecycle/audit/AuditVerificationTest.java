package org.outsourcing.lifecycle.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with stored rows through plain JDBC is caught by verify: an entry changed,
 * removed from the middle or the end, moved, or a whole engagement erased after a
 * checkpoint; parallel writers never fork a chain, and writers of different engagements
 * do not wait for each other. Each tampering is undone afterwards, because the chains are
 * shared with every other test of this application context.
 */
@SpringBootTest
class AuditVerificationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	private final List<Runnable> repairs = new ArrayList<>();

	@AfterEach
	void undoTampering() {
		for (int i = this.repairs.size() - 1; i >= 0; i--) {
			this.repairs.get(i).run();
		}
		ChainVerification result = this.verifier.verify();
		assertThat(result.valid()).as("the chains are whole again for the next test: " + result.reason()).isTrue();
	}

	@Test
	void untouchedChainsVerify() {
		writeEntries("verification-" + System.nanoTime(), 3);
		this.checkpoints.take();
		writeEntries("verification-" + System.nanoTime(), 2);

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(count("SELECT COUNT(*) FROM audit_entry"));
		assertThat(result.chainsChecked()).isEqualTo(count("SELECT COUNT(*) FROM audit_chain"));
		assertThat(result.lastCheckpoint()).isNotNull();
		assertThat(result.firstBrokenEntry()).isNull();
	}

	@Test
	void anEditedEntryIsCaught() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 3);
		long edited = written.get(1);
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
		assertThat(result.brokenEngagement()).isEqualTo(engagement);
		assertThat(result.reason()).contains("Entry 2 of engagement " + engagement, "changed");
	}

	@Test
	void anEditedActorIsCaughtToo() {
		List<Long> written = writeEntries("verification-" + System.nanoTime(), 2);
		long edited = written.get(0);
		this.jdbc.sql("UPDATE audit_entry SET actor = 'somebody-else' WHERE sequence = ?").param(edited).update();
		this.repairs.add(() -> this.jdbc.sql("UPDATE audit_entry SET actor = 'verification-test' WHERE sequence = ?")
			.param(edited)
			.update());

		assertThat(this.verifier.verify().firstBrokenEntry()).isEqualTo(edited);
	}

	@Test
	void anEntryMovedToAnotherEngagementIsCaught() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 2);
		this.jdbc.sql("UPDATE audit_entry SET engagement_id = 'elsewhere' WHERE sequence = ?")
			.param(written.get(1))
			.update();
		this.repairs.add(() -> this.jdbc.sql("UPDATE audit_entry SET engagement_id = ? WHERE sequence = ?")
			.params(engagement, written.get(1))
			.update());

		assertThat(this.verifier.verify().firstBrokenEntry()).isEqualTo(written.get(1));
	}

	@Test
	void entriesSwappedInTheirChainAreCaught() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 3);
		swapPositions(written.get(0), written.get(1));
		this.repairs.add(() -> swapPositions(written.get(0), written.get(1)));

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.brokenEngagement()).isEqualTo(engagement);
		assertThat(result.reason()).contains("does not link");
	}

	@Test
	void anEntryDeletedFromTheMiddleIsCaught() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 3);
		deleteAndRememberToRestore("sequence = " + written.get(1));

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.firstBrokenEntry()).isEqualTo(written.get(2));
		assertThat(result.reason()).contains("Entry 2 of engagement " + engagement + " is missing");
	}

	@Test
	void entriesDeletedFromTheEndAreCaughtByTheChainHead() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 3);
		deleteAndRememberToRestore("sequence = " + written.get(2));

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.brokenEngagement()).isEqualTo(engagement);
		assertThat(result.reason()).contains("records 3 entries", "ends at entry 2", "removed from the end");
	}

	@Test
	void entriesCutFromTheEndWithTheirHeadRewrittenAreCaughtByTheCheckpoint() {
		String engagement = "verification-" + System.nanoTime();
		List<Long> written = writeEntries(engagement, 3);
		this.checkpoints.take();
		String secondHash = this.jdbc.sql("SELECT hash FROM audit_entry WHERE sequence = ?")
			.param(written.get(1))
			.query(String.class)
			.single();
		deleteAndRememberToRestore("sequence = " + written.get(2));
		rewriteHeadAndRememberToRestore(engagement, 2, secondHash);

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.brokenEngagement()).isEqualTo(engagement);
		assertThat(result.reason()).contains("sealed 3 entries", "only 2 are there");
	}

	@Test
	void aWholeEngagementErasedAfterACheckpointIsCaught() {
		String engagement = "verification-" + System.nanoTime();
		writeEntries(engagement, 2);
		this.checkpoints.take();
		deleteAndRememberToRestore("chain_id = '" + engagement + "'");
		Map<String, Object> head = this.jdbc.sql("SELECT * FROM audit_chain WHERE chain_id = ?")
			.param(engagement)
			.query()
			.singleRow();
		this.jdbc.sql("DELETE FROM audit_chain WHERE chain_id = ?").param(engagement).update();
		this.repairs.add(() -> insert("audit_chain", head));

		ChainVerification result = this.verifier.verify();

		assertThat(result.valid()).isFalse();
		assertThat(result.brokenEngagement()).isEqualTo(engagement);
		assertThat(result.reason()).contains("The chain of engagement " + engagement + " is missing",
				"sealed it with 2 entries");

		// and with its seal removed too, the checkpoint's hash over all seals no longer
		// holds
		Map<String, Object> seal = this.jdbc.sql("SELECT * FROM audit_checkpoint_chain WHERE chain_id = ?")
			.param(engagement)
			.query()
			.singleRow();
		this.jdbc.sql("DELETE FROM audit_checkpoint_chain WHERE chain_id = ?").param(engagement).update();
		this.repairs.add(() -> insert("audit_checkpoint_chain", seal));

		ChainVerification withoutSeal = this.verifier.verify();

		assertThat(withoutSeal.valid()).isFalse();
		assertThat(withoutSeal.reason()).contains("a chain's seal was removed or changed");
	}

	@Test
	void aCheckpointTakenTwiceWithoutNewEntriesIsNotWritten() {
		writeEntries("verification-" + System.nanoTime(), 1);
		assertThat(this.checkpoints.take()).isPresent();
		assertThat(this.checkpoints.take()).isEmpty();
	}

	@Test
	void theCommandLineCheckPrintsTheResultAndExitsNonZeroWhenBroken() throws Exception {
		AuditVerifyCommand command = new AuditVerifyCommand(this.verifier, this.json, null);
		List<Long> written = writeEntries("verification-" + System.nanoTime(), 2);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		assertThat(command.report(new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"valid\":true");

		deleteAndRememberToRestore("sequence = " + written.get(0));
		printed.reset();
		assertThat(command.report(new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"valid\":false")
			.contains("\"firstBrokenEntry\":" + written.get(1));
	}

	@Test
	void parallelTransactionsNeverForkAChain() throws Exception {
		int writers = 8;
		int transactionsEach = 15;
		String engagement = "parallel-" + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				// half write to one engagement, half each to their own
				String engagementId = (writer % 2 == 0) ? engagement : engagement + "-" + writer;
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

		List<AuditEntry> shared = this.trail.entriesOf(engagement);
		assertThat(shared).hasSize(writers / 2 * transactionsEach * 2);
		assertThat(shared).extracting(AuditEntry::chainPosition)
			.containsExactlyElementsOf(
					java.util.stream.LongStream.rangeClosed(1, shared.size()).boxed().collect(Collectors.toList()));
		for (int i = 1; i < shared.size(); i++) {
			assertThat(shared.get(i).previousHash()).isEqualTo(shared.get(i - 1).hash());
		}
		ChainVerification result = this.verifier.verify();
		assertThat(result.valid()).as(String.valueOf(result.reason())).isTrue();
	}

	@Test
	void writersOfDifferentEngagementsDoNotWaitForEachOther() throws Exception {
		String first = "waiting-" + System.nanoTime();
		String second = first + "-other";
		writeEntries(first, 1);
		writeEntries(second, 1);
		CountDownLatch firstHoldsItsChain = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> holder = pool.submit(() -> this.transactions.execute((status) -> {
				this.trail.record(entry(first));
				firstHoldsItsChain.countDown();
				try {
					// holds the lock on its chain until the other engagement's entry
					// committed
					return secondDone.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
			assertThat(firstHoldsItsChain.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Long> other = pool.submit(() -> {
				long sequence = this.transactions.execute((status) -> this.trail.record(entry(second)));
				secondDone.countDown();
				return sequence;
			});
			assertThat(other.get(30, TimeUnit.SECONDS)).isPositive();
			assertThat(holder.get(30, TimeUnit.SECONDS))
				.as("the other engagement committed while this one held its chain")
				.isTrue();
		}
		finally {
			pool.shutdown();
		}
	}

	private List<Long> writeEntries(String engagementId, int count) {
		List<Long> sequences = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sequences.add(this.trail.record(entry(engagementId)));
		}
		return sequences;
	}

	private static AuditEvent entry(String engagementId) {
		return AuditEvent.of(engagementId, AuditEntryType.ADMIN_INTERVENTION, "verification-test", null,
				Map.of("note", "written by " + Thread.currentThread().getName()));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private void swapPositions(long a, long b) {
		long positionA = this.jdbc.sql("SELECT chain_position FROM audit_entry WHERE sequence = ?")
			.param(a)
			.query(Long.class)
			.single();
		long positionB = this.jdbc.sql("SELECT chain_position FROM audit_entry WHERE sequence = ?")
			.param(b)
			.query(Long.class)
			.single();
		this.jdbc.sql("UPDATE audit_entry SET chain_position = -1 WHERE sequence = ?").param(a).update();
		this.jdbc.sql("UPDATE audit_entry SET chain_position = ? WHERE sequence = ?").params(positionA, b).update();
		this.jdbc.sql("UPDATE audit_entry SET chain_position = ? WHERE sequence = ?").params(positionB, a).update();
	}

	private void rewriteHeadAndRememberToRestore(String chain, long count, String lastHash) {
		Map<String, Object> head = this.jdbc.sql("SELECT entry_count, last_hash FROM audit_chain WHERE chain_id = ?")
			.param(chain)
			.query()
			.singleRow();
		this.jdbc.sql("UPDATE audit_chain SET entry_count = ?, last_hash = ? WHERE chain_id = ?")
			.params(count, lastHash, chain)
			.update();
		this.repairs.add(() -> this.jdbc.sql("UPDATE audit_chain SET entry_count = ?, last_hash = ? WHERE chain_id = ?")
			.params(head.get("ENTRY_COUNT"), head.get("LAST_HASH"), chain)
			.update());
	}

	private void deleteAndRememberToRestore(String where) {
		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM audit_entry WHERE " + where).query().listOfRows();
		this.jdbc.sql("DELETE FROM audit_entry WHERE " + where).update();
		this.repairs.add(() -> rows.forEach((row) -> insert("audit_entry", row)));
	}

	private void insert(String table, Map<String, Object> row) {
		List<String> columns = new ArrayList<>(row.keySet());
		this.jdbc
			.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
					+ columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")")
			.params(columns.stream().map(row::get).toList())
			.update();
	}

}
