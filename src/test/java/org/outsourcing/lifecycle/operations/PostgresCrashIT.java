package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application on PostgreSQL (the {@code postgres} profile, an embedded
 * PostgreSQL 17): the kill cycles of {@link H2CrashIT}; two nodes where the one holding
 * locked timer jobs is killed and the other runs them, once each, once its locks have
 * expired, mailing each notification once; and SIGTERM with a request and jobs in flight.
 *
 * <p>
 * To hold a job or a request in flight on purpose, the test locks the rows of the process
 * instances concerned ({@code SELECT … FOR UPDATE}): the engine then waits for them
 * exactly where it would wait for a slow database.
 */
class PostgresCrashIT {

	static EmbeddedPostgres postgres;

	static GreenMail smtp;

	@BeforeAll
	static void startDatabaseAndMailServer() throws Exception {
		postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
		smtp = new GreenMail(
				new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stop() throws IOException {
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void nothingAcknowledgedIsLostAcrossKillsAFailoverAndAGracefulStop() throws Exception {
		String database = database("lifecycle");
		Path directory = Paths.get("target", "postgres-crash").toAbsolutePath();
		FileSystemUtils.deleteRecursively(directory);
		ApplicationProcess b = KillCycles.run(directory, 3, new Acknowledged(), node(database, "node-b"));
		ApplicationProcess a = null;
		JdbcClient jdbc = JdbcClient.create(postgres.getDatabase("postgres", database));
		try {
			a = ApplicationProcess.start(directory, "node-a", node(database, "node-a"));
			theSurvivingNodeRunsTheKilledNodesJobsOnce(a, b, jdbc, database);
			gracefulShutdownLetsTheRequestAndTheJobsInFlightFinish(b, jdbc, database);
		}
		finally {
			if (a != null) {
				a.kill();
			}
			b.kill();
		}
	}

	/**
	 * Node a takes four due timers and is killed while running them; node b, stopped
	 * meanwhile so that it cannot take them first, runs each once when their locks
	 * expire, and mails each notification once.
	 */
	private void theSurvivingNodeRunsTheKilledNodesJobsOnce(ApplicationProcess a, ApplicationProcess b, JdbcClient jdbc,
			String database) throws Exception {
		List<WindowClosingSoon> windows = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			windows.add(WindowClosingSoon.open(a, Duration.ofSeconds(20), "Failover " + i));
		}
		List<String> jobAds = windows.stream().map((window) -> window.jobAd).toList();
		try (RowLocks locks = RowLocks.of(postgres.getDatabase("postgres", database), jobAds)) {
			b.signal("STOP");
			assertThat(Instant.now()).as("the windows are still open when node b stops").isBefore(windows.get(0).due);
			awaitWithin(Duration.ofMinutes(1), () -> jobsLockedBy(jdbc, "node-a", jobAds) == jobAds.size(),
					"node a to take the timers");
			a.kill();
		}
		b.signal("CONT");
		for (WindowClosingSoon window : windows) {
			window.closedOnce(b);
		}
		awaitWithin(Duration.ofMinutes(1),
				() -> jdbc
					.sql("SELECT count(*) FROM notification WHERE sent_at IS NULL AND subject LIKE '%''Failover %'")
					.query(Integer.class)
					.single() == 0,
				"the outbox to be sent");
		for (int i = 1; i <= windows.size(); i++) {
			assertThat(messageIds("No applications for 'Failover " + i + "'")).as("mails of window " + i).hasSize(1);
		}
		assertThat(jdbc.sql("SELECT attempts FROM notification WHERE subject LIKE '%''Failover %'")
			.query(Integer.class)
			.list()).as("delivery attempts of the failover's notifications").hasSize(8).containsOnly(1);
		Survivors.auditChainVerifies(b);
	}

	/**
	 * Node b, alone, has taken timers and is answering a task completion, both waiting
	 * for rows the test holds, when it gets SIGTERM: it takes no new work, finishes both
	 * once the rows are free, and stops with no job left locked.
	 */
	private void gracefulShutdownLetsTheRequestAndTheJobsInFlightFinish(ApplicationProcess b, JdbcClient jdbc,
			String database) throws Exception {
		String engagement = b.as("owner")
			.post("/api/processes/outsourcingEngagement/start-form", Map.of("values", Workload.definition()))
			.expect(201)
			.json()
			.path("processInstanceId")
			.asText();
		Http admin = b.as("admin");
		String jobAd = admin.get("/process-api/runtime/process-instances?superProcessInstanceId=" + engagement)
			.expect(200)
			.data()
			.path(0)
			.path("id")
			.asText();
		String task = b.as("recruiter")
			.get("/process-api/runtime/tasks?taskDefinitionKey=writeAd&processInstanceIdWithChildren=" + engagement)
			.expect(200)
			.data()
			.path(0)
			.path("id")
			.asText();
		List<WindowClosingSoon> windows = List.of(WindowClosingSoon.open(b, Duration.ofSeconds(2), "Shutdown 1"),
				WindowClosingSoon.open(b, Duration.ofSeconds(2), "Shutdown 2"));
		List<String> locked = new ArrayList<>(List.of(jobAd));
		windows.forEach((window) -> locked.add(window.jobAd));
		CompletableFuture<Http.Answer> completion;
		try (RowLocks locks = RowLocks.of(postgres.getDatabase("postgres", database), locked)) {
			completion = CompletableFuture.supplyAsync(() -> b.as("recruiter")
				.post("/api/tasks/" + task + "/complete", Map.of("values", Workload.ad(), "outcome", "publish")));
			awaitWithin(Duration.ofMinutes(1),
					() -> jobsLockedBy(jdbc, "node-b", windows.stream().map((window) -> window.jobAd).toList()) == 2
							&& waitingForLocks(jdbc) >= 1,
					"node b to take the timers and the request to wait");
			b.signal("TERM");
			awaitWithin(Duration.ofMinutes(1), () -> b.logText().contains("Commencing graceful shutdown"),
					"the graceful shutdown to begin");
			assertThat(completion).as("the request in flight").isNotDone();
		}
		assertThat(completion.get(1, TimeUnit.MINUTES).status()).as("the request in flight").isEqualTo(204);
		awaitWithin(Duration.ofMinutes(2), () -> !b.isAlive(), "node b to stop");
		assertThat(b.logText()).contains("Graceful shutdown complete").doesNotContain("Graceful shutdown aborted");
		assertThat(jdbc
			.sql("SELECT count(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND ACT_ID_ = 'publishAd'"
					+ " AND END_TIME_ IS NOT NULL")
			.param(jobAd)
			.query(Integer.class)
			.single()).as("the ad of the completed task published").isEqualTo(1);
		assertThat(
				jdbc.sql("SELECT count(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL").query(Integer.class).single())
			.as("jobs left locked")
			.isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM ACT_RU_TIMER_JOB WHERE LOCK_OWNER_ IS NOT NULL")
			.query(Integer.class)
			.single()).as("timers left locked").isZero();
	}

	/** A node of the cluster: the {@code postgres} profile, short job locks, mail on. */
	private static String[] node(String database, String name) {
		return new String[] { "--spring.profiles.active=postgres",
				"--LIFECYCLE_DB_URL=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
				"--LIFECYCLE_DB_USER=postgres", "--LIFECYCLE_DB_PASSWORD=", "--LIFECYCLE_DB_POOL_SIZE=12",
				"--flowable.process.async.executor.lock-owner=" + name,
				"--flowable.process.async.executor.timer-lock-time=15s",
				"--flowable.process.async.executor.async-job-lock-time=15s",
				"--flowable.process.async.executor.reset-expired-jobs-interval=1s", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--lifecycle.notifications.delivery-interval=500ms" };
	}

	private static String database(String name) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return name;
	}

	/** Jobs of these process instances, timers or due, locked by this node. */
	private static int jobsLockedBy(JdbcClient jdbc, String node, List<String> processInstances) {
		Map<String, Object> params = new HashMap<>();
		params.put("owner", node);
		params.put("ids", processInstances);
		return jdbc.sql(
				"SELECT (SELECT count(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = :owner AND PROCESS_INSTANCE_ID_ IN (:ids))"
						+ " + (SELECT count(*) FROM ACT_RU_TIMER_JOB WHERE LOCK_OWNER_ = :owner"
						+ " AND PROCESS_INSTANCE_ID_ IN (:ids))")
			.params(params)
			.query(Integer.class)
			.single();
	}

	/**
	 * Database sessions waiting for a row lock, other than a job executor's lock of its
	 * process instance.
	 */
	private static int waitingForLocks(JdbcClient jdbc) {
		return jdbc.sql(
				"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query NOT ILIKE '%LOCK_TIME_%'")
			.query(Integer.class)
			.single();
	}

	private static List<String> messageIds(String subject) throws MessagingException {
		List<String> ids = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject()) && !ids.contains(message.getMessageID())) {
				ids.add(message.getMessageID());
			}
		}
		return ids;
	}

	private static void awaitWithin(Duration timeout, BooleanSupplier condition, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Waited " + timeout + " in vain for " + what);
			}
			Thread.sleep(100);
		}
	}

	/**
	 * Holds every execution row of these process instances locked in an open transaction
	 * until closed; the engine's updates of them wait meanwhile.
	 */
	static final class RowLocks implements AutoCloseable {

		private final Connection connection;

		private RowLocks(Connection connection) {
			this.connection = connection;
		}

		static RowLocks of(DataSource database, List<String> processInstances) throws SQLException {
			Connection connection = database.getConnection();
			connection.setAutoCommit(false);
			try (var statement = connection
				.prepareStatement("SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ANY (?) FOR UPDATE")) {
				statement.setArray(1, connection.createArrayOf("varchar", processInstances.toArray()));
				statement.executeQuery().close();
			}
			return new RowLocks(connection);
		}

		@Override
		public void close() throws SQLException {
			this.connection.rollback();
			this.connection.close();
		}

	}

}
