package org.outsourcing.lifecycle.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.OutsourcingLifecycleApplication;
import org.outsourcing.lifecycle.audit.AuditVerifier;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.discussion.EngagementComment;
import org.outsourcing.lifecycle.discussion.EngagementComments;
import org.outsourcing.lifecycle.notification.InAppNotification;
import org.outsourcing.lifecycle.notification.InAppNotifications;
import org.outsourcing.lifecycle.notification.Notification;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.ApplicationIntake;
import org.outsourcing.lifecycle.recruitment.Applications;
import org.outsourcing.lifecycle.recruitment.JobAdStatus;
import org.outsourcing.lifecycle.recruitment.JobAds;
import org.outsourcing.lifecycle.recruitment.NewApplication;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application on a real PostgreSQL 17 with the {@code postgres} profile: Flyway runs
 * every migration, Flowable creates its schema, stage 0 and the job ad run, the audit
 * chain verifies. Then two nodes (two application contexts, two process engines) share
 * the database with their async executors on, racing for the same timers, as a cluster
 * would.
 */
class PostgresProfileTest {

	private static final Logger log = LoggerFactory.getLogger(PostgresProfileTest.class);

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	@BeforeAll
	static void startDatabaseAndTwoNodes() throws Exception {
		// a busy build machine may need longer than the default ten seconds
		postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE lifecycle");
		}
		node1 = startNode();
		node2 = startNode();
	}

	@AfterAll
	static void stop() throws IOException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node2, node1 }) {
			if (node != null) {
				node.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	/**
	 * A node as production would run it, but with the test profile's engine clock that a
	 * test may move, and its async executor idle until a test starts it.
	 */
	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(OutsourcingLifecycleApplication.class).run(
				"--spring.profiles.active=test,postgres",
				"--LIFECYCLE_DB_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/lifecycle",
				"--LIFECYCLE_DB_USER=postgres", "--LIFECYCLE_DB_PASSWORD=",
				"--flowable.process.async.executor.default-timer-job-acquire-wait-time=200ms",
				"--flowable.process.async.executor.default-async-job-acquire-wait-time=200ms");
	}

	@AfterEach
	void resetClocks() {
		node1.getBean(EngineDriver.class).resetClock();
		node2.getBean(EngineDriver.class).resetClock();
	}

	@Test
	void everyMigrationRunsOnPostgresAndTheEngineCreatesItsSchema() throws IOException {
		JdbcClient jdbc = node1.getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
		assertThat(node1.getBean(ProcessEngineConfiguration.class).getDatabaseType()).isEqualTo("postgres");

		Flyway flyway = node1.getBean(Flyway.class);
		assertThat(flyway.info().pending()).isEmpty();
		List<MigrationInfo> applied = Arrays.stream(flyway.info().applied())
			.filter((migration) -> !migration.getType().isBaseline())
			.toList();
		int files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;
		// SQL files and the Java migrations (Spring beans, e.g. the audit chain's V61)
		int javaMigrations = node1.getBeansOfType(JavaMigration.class).size();
		assertThat(applied).hasSize(files + javaMigrations)
			.allSatisfy((migration) -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(node1.getBean(ManagementService.class).getTableCount()).containsKeys("ACT_RU_EXECUTION",
				"ACT_HI_PROCINST", "ACT_RU_TIMER_JOB", "ACT_ID_USER");
	}

	@Test
	void stageZeroRefusesSecurityWorkAndDefinesOrdinaryWork() {
		RuntimeService runtime = node1.getBean(RuntimeService.class);
		EngineDriver engine = node1.getBean(EngineDriver.class);
		Engagements engagements = node1.getBean(Engagements.class);

		String refused = runtime.startProcessInstanceByKey("defineWork", definition("none", true)).getId();
		assertThat(engine.activitiesPassed(refused)).endsWith("outsourcingAllowedGateway", "recordRefusal",
				"requestRefused");
		assertThat(engagements.find(refused).orElseThrow().status()).isEqualTo(EngagementStatus.REFUSED);
		assertThat(node1.getBean(Notifications.class).forEngagement(refused)).singleElement()
			.satisfies((notification) -> {
				assertThat(notification.kind()).isEqualTo(NotificationKind.REJECTION);
				assertThat(notification.recipientUser()).isEqualTo("owner");
				assertThat(notification.body()).contains("security is not outsourced");
			});

		String defined = runtime.startProcessInstanceByKey("defineWork", definition("paymentCardData", false)).getId();
		assertThat(engine.activitiesPassed(defined)).endsWith("determineDataProtection", "recordWorkDefinition",
				"workDefined");
		assertThat(engine.historicVariables(defined)).containsEntry("pciDssRequired", true)
			.containsEntry("accessLevel", "maskedCardData");
		assertThat(engagements.find(defined).orElseThrow().status()).isEqualTo(EngagementStatus.DEFINED);
	}

	@Test
	void theJobAdCollectsAnApplicationUntilItsWindowCloses() {
		RuntimeService runtime = node1.getBean(RuntimeService.class);
		EngineDriver engine = node1.getBean(EngineDriver.class);
		String stage = runtime.startProcessInstanceByKey("jobAd", engagement()).getId();
		engine.complete(stage, "writeAd", "recruiter", ad());
		node1.getBean(ApplicationIntake.class).submit(stage, application("contractor", "Carla Contractor"));

		engine.passTime(Duration.ofDays(14).plusMinutes(1));

		assertThat(engine.activitiesPassed(stage)).containsExactly("adRequested", "writeAd", "adReadyJoin", "publishAd",
				"collectApplications", "applicationWindowOpened", "applicationWindowClosed", "receiveApplication",
				"applicationReceived", "recordApplication", "applicationRecorded", "applicationsCollected",
				"closeApplicationWindow", "applicationsReceivedGateway", "applicationsReceivedEnd");
		Map<String, Object> variables = engine.historicVariables(stage);
		assertThat(variables).containsEntry("adOutcome", "applications").containsEntry("applicationsReceived", 1);
		assertThat(node1.getBean(JobAds.class).get(variables.get("adId")).status()).isEqualTo(JobAdStatus.CLOSED);
		assertThat(node1.getBean(Applications.class).forEngagement(stage)).singleElement()
			.satisfies((application) -> assertThat(application.applicantUserId()).isEqualTo("contractor"));
	}

	@Test
	void commentsAndWhatIsNewForAPersonAreWrittenCountedAndMarkedReadOnPostgres() {
		String stage = node1.getBean(RuntimeService.class).startProcessInstanceByKey("jobAd", engagement()).getId();
		CurrentUser owner = new CurrentUser("owner", Set.of("owner"));
		EngagementComments comments = node1.getBean(EngagementComments.class);
		comments.write(stage, owner, "Written on PostgreSQL", false, null);
		assertThat(comments.read(stage, owner)).extracting(EngagementComment::text)
			.containsExactly("Written on PostgreSQL");

		CurrentUser recruiter = new CurrentUser("recruiter", Set.of("recruiter"));
		InAppNotifications news = node1.getBean(InAppNotifications.class);
		List<InAppNotification> items = news.of(recruiter);
		assertThat(items).first()
			.satisfies((item) -> assertThat(item.subject()).isEqualTo("Task offered to recruiter: Write ad"));
		long unread = news.unread(recruiter);
		news.markRead(items.get(0).id(), recruiter);
		news.markRead(items.get(0).id(), recruiter);
		assertThat(news.unread(recruiter)).isEqualTo(unread - 1);
		node2.getBean(InAppNotifications.class).markAllRead(recruiter);
		assertThat(news.unread(recruiter)).isZero();
	}

	@Test
	void theAuditChainOfBothNodesVerifiesThroughTheApi() {
		node2.getBean(RuntimeService.class).startProcessInstanceByKey("defineWork", definition("none", true));
		node1.getBean(RuntimeService.class).startProcessInstanceByKey("defineWork", definition("none", true));

		JsonNode verification = verifyAuditChain();
		long entries = node1.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM audit_entry")
			.query(Long.class)
			.single();
		assertThat(entries).isPositive();
		assertThat(verification.get("entriesChecked").asLong()).isEqualTo(entries);
		assertThat(node2.getBean(AuditVerifier.class).verify().valid()).isTrue();
	}

	@Test
	void twoNodesFireEveryApplicationWindowExactlyOnce() throws InterruptedException {
		int instances = 20;
		CommittedTimers firedOnNode1 = new CommittedTimers();
		CommittedTimers firedOnNode2 = new CommittedTimers();
		node1.getBean(RuntimeService.class).addEventListener(firedOnNode1, FlowableEngineEventType.TIMER_FIRED);
		node2.getBean(RuntimeService.class).addEventListener(firedOnNode2, FlowableEngineEventType.TIMER_FIRED);
		AsyncExecutor executor1 = node1.getBean(ProcessEngineConfiguration.class).getAsyncExecutor();
		AsyncExecutor executor2 = node2.getBean(ProcessEngineConfiguration.class).getAsyncExecutor();
		executor1.start();
		executor2.start();
		List<String> ids = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				// half the ads are written on each node; any node may fire any window
				ConfigurableApplicationContext node = (i % 2 == 0) ? node1 : node2;
				Map<String, Object> variables = engagement();
				variables.put("applicationWindow", "PT2S");
				variables.put("maxReposts", 0);
				String id = node.getBean(RuntimeService.class).startProcessInstanceByKey("jobAd", variables).getId();
				node.getBean(EngineDriver.class).complete(id, "writeAd", "recruiter", ad());
				ids.add(id);
			}

			HistoryService history = node1.getBean(HistoryService.class);
			awaitWithin(Duration.ofSeconds(30),
					() -> history.createHistoricProcessInstanceQuery()
						.processInstanceIds(new HashSet<>(ids))
						.finished()
						.count() == instances,
					() -> "jobs stuck: " + jobsOf(ids));
		}
		finally {
			executor1.shutdown();
			executor2.shutdown();
			node1.getBean(RuntimeService.class).removeEventListener(firedOnNode1);
			node2.getBean(RuntimeService.class).removeEventListener(firedOnNode2);
		}

		// Which node wins a timer depends on when each polls (runs saw 9/11 and 3/17), so
		// the
		// split is logged, not asserted; what must hold is that each window fired once in
		// all.
		log.info("Application windows fired on node 1: {}, on node 2: {}", firedOnNode1.instances.size(),
				firedOnNode2.instances.size());
		List<String> fired = new ArrayList<>(firedOnNode1.instances);
		fired.addAll(firedOnNode2.instances);
		assertThat(fired).as("committed timer firings across both nodes").containsExactlyInAnyOrderElementsOf(ids);
		EngineDriver engine = node1.getBean(EngineDriver.class);
		Notifications notifications = node1.getBean(Notifications.class);
		assertThat(ids).allSatisfy((id) -> {
			List<String> passed = engine.activitiesPassed(id);
			assertThat(passed).filteredOn("applicationWindowClosed"::equals).hasSize(1);
			assertThat(passed).filteredOn("closeApplicationWindow"::equals).hasSize(1);
			assertThat(passed).filteredOn("adCancelled"::equals).hasSize(1);
			assertThat(passed).last().isEqualTo("adCancelled");
			assertThat(notifications.forProcessInstance(id)).extracting(Notification::recipientGroup)
				.containsExactly("owner");
		});
		assertThat(jobsOf(ids)).isEmpty();
		assertThat(node2.getBean(AuditVerifier.class).verify().valid()).isTrue();
	}

	private static JsonNode verifyAuditChain() {
		int port = Integer.parseInt(node1.getEnvironment().getProperty("local.server.port"));
		ApiClient.Response response = new ApiClient(port, "auditor", "demo").get("/api/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		JsonNode verification = response.json();
		assertThat(verification.get("valid").asBoolean()).as(response.body()).isTrue();
		return verification;
	}

	/** Every job of these process instances still in the database, of any kind. */
	private static List<String> jobsOf(List<String> ids) {
		ManagementService management = node1.getBean(ManagementService.class);
		List<String> left = new ArrayList<>();
		for (String id : ids) {
			management.createJobQuery().processInstanceId(id).list().forEach((job) -> left.add(describe("job", job)));
			management.createTimerJobQuery()
				.processInstanceId(id)
				.list()
				.forEach((job) -> left.add(describe("timer", job)));
			management.createDeadLetterJobQuery()
				.processInstanceId(id)
				.list()
				.forEach((job) -> left.add(describe("dead letter", job)));
			management.createSuspendedJobQuery()
				.processInstanceId(id)
				.list()
				.forEach((job) -> left.add(describe("suspended", job)));
		}
		return left;
	}

	private static String describe(String kind, Job job) {
		return kind + " " + job.getElementId() + " of " + job.getProcessInstanceId()
				+ ((job.getExceptionMessage() != null) ? ": " + job.getExceptionMessage() : "");
	}

	/** Polls, because two real async executors race here; no fixed sleep. */
	private static void awaitWithin(Duration timeout, BooleanSupplier condition, Supplier<String> whyNot)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Not done within " + timeout + "; " + whyNot.get());
			}
			Thread.sleep(100);
		}
	}

	/**
	 * The process instances whose timer fired in a transaction that committed on one
	 * node; a firing that rolled back (another node won) is not counted.
	 */
	static final class CommittedTimers implements FlowableEventListener {

		final Queue<String> instances = new ConcurrentLinkedQueue<>();

		@Override
		public void onEvent(FlowableEvent event) {
			String processInstanceId = ((Job) ((FlowableEntityEvent) event).getEntity()).getProcessInstanceId();
			Context.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED,
						(commandContext) -> this.instances.add(processInstanceId));
		}

		@Override
		public boolean isFailOnException() {
			return true;
		}

		@Override
		public boolean isFireOnTransactionLifecycleEvent() {
			return false;
		}

		@Override
		public String getOnTransaction() {
			return null;
		}

	}

	private static Map<String, Object> definition(String dataSensitivity, boolean securityRelated) {
		return DefineWorkProcessTest.definition(dataSensitivity, securityRelated, false);
	}

	private static Map<String, Object> engagement() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", "Monthly newsletter");
		variables.put("deliverables", "One newsletter a month");
		variables.put("schedule", "10 hours a week");
		variables.put("timeCritical", false);
		return variables;
	}

	private static Map<String, Object> ad() {
		Map<String, Object> values = new HashMap<>();
		values.put("adHeadline", "Freelance newsletter writer");
		values.put("requirements", "Three years of e-mail marketing; samples of newsletters");
		values.put("applicationInstruction", "Start your cover letter with the word Pineapple");
		values.put("rateOffered", "USD 30-40 an hour");
		values.put("form_writeAd_outcome", "publish");
		return values;
	}

	private static NewApplication application(String userId, String name) {
		return new NewApplication(userId, name, userId + "@example.com", "Pineapple. I write newsletters people read.",
				"https://portfolio.example.com/" + userId, "Pineapple", new BigDecimal("35.00"), "Europe/Lisbon");
	}

}
