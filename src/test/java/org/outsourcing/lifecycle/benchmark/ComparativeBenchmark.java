package org.outsourcing.lifecycle.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.outsourcing.plainflowable.PlainFlowableApplication;

/**
 * The product side by side with plain Flowable 7.2, in one run on one machine, through
 * their REST APIs: {@code mvn -Pbenchmark test}. Each runs in a JVM of its own with a
 * fresh H2 database on disk, history full and the async executor on. The product starts
 * alone, plain Flowable while the product idles; then both run and are loaded in turns,
 * the product's figure of a row right before plain Flowable's, so that a machine whose
 * load changes over the run treats both alike (never both loaded at once, so they do not
 * share the CPU). Finally each is restarted on its filled database. Prints a Markdown
 * table; asserts nothing but that the calls succeed: figures are for reading, never a
 * test's verdict.
 * <p>
 * {@code -Dbenchmark.seconds=20} (per concurrency level),
 * {@code -Dbenchmark.timers=2000}, {@code -Dbenchmark.open=10000} (open engagements for
 * the heap), {@code -Dbenchmark.jfr=true} (a Flight Recording of the product under load,
 * in {@code target/benchmark/product.jfr}).
 */
class ComparativeBenchmark {

	private static final int[] CLIENTS = { 1, 4, 16 };

	private static final Path WORK = Path.of("target", "benchmark").toAbsolutePath();

	private final Duration perLevel = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));

	private final int timers = Integer.getInteger("benchmark.timers", 2000);

	private final int open = Integer.getInteger("benchmark.open", 10_000);

	private static final String CLASSES = Path.of("target", "classes").toAbsolutePath().toString();

	private static final String TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath().toString();

	private static final List<String> JVM = List.of("-Xmx1g", "-XX:+UseG1GC");

	@Test
	void productAndPlainFlowableSideBySide() throws Exception {
		deleteRecursively(WORK);
		List<Side> sides = new ArrayList<>();
		try (BenchmarkServer product = startProduct(true)) {
			sides.add(new Side(new ProductSubject(product.port), product, new Figures()));
			BenchmarkServer plain = includePlain() ? startPlain() : null;
			try {
				if (plain != null) {
					Subject subject = new PlainSubject(plain.port);
					subject.deploy(subject.rest.client(), "twoUserTasks.bpmn20.xml");
					sides.add(new Side(subject, plain, new Figures()));
				}
				measure(sides);
			}
			finally {
				if (plain != null) {
					plain.close();
				}
			}
		}
		// a restart on the database just filled: what an operator waits for after an
		// upgrade
		try (BenchmarkServer product = startProduct(false)) {
			sides.get(0).figures.restart = seconds(product.timeToReady);
		}
		if (sides.size() > 1) {
			try (BenchmarkServer plain = startPlain()) {
				sides.get(1).figures.restart = seconds(plain.timeToReady);
			}
		}
		sides.forEach((side) -> System.out.printf("%s ready again after a restart in %.1f s%n", side.name(),
				side.figures.restart));
		print(sides.get(0).figures, (sides.size() > 1) ? sides.get(1).figures : null);
	}

	private static boolean includePlain() {
		// -Dbenchmark.plain=false: the product alone, e.g. to profile it
		return System.getProperty("benchmark.plain", "true").equals("true");
	}

	private BenchmarkServer startProduct(boolean recorded) throws Exception {
		List<String> jvm = new ArrayList<>(JVM);
		if (recorded && Boolean.getBoolean("benchmark.jfr")) {
			jvm.add("-XX:StartFlightRecording=filename=" + WORK.resolve("product.jfr") + ",settings=profile");
		}
		return BenchmarkServer.start("product", CLASSES + File.pathSeparator + classpath(),
				"org.outsourcing.lifecycle.OutsourcingLifecycleApplication", 18081, WORK.resolve("product"), jvm,
				List.of("--spring.datasource.url=jdbc:h2:file:" + WORK.resolve("product/db")
						+ ";DB_CLOSE_ON_EXIT=FALSE", "--logging.level.root=WARN"),
				"/process-api/repository/process-definitions?size=1", "admin", "demo");
	}

	private BenchmarkServer startPlain() throws Exception {
		return BenchmarkServer.start("plain", TEST_CLASSES + File.pathSeparator + classpath(),
				PlainFlowableApplication.class.getName(), 18082, WORK.resolve("plain"), JVM,
				List.of("--spring.config.name=plain-flowable",
						"--spring.datasource.url=jdbc:h2:file:" + WORK.resolve("plain/db") + ";DB_CLOSE_ON_EXIT=FALSE",
						"--logging.level.root=WARN"),
				"/process-api/repository/process-definitions?size=1", null, null);
	}

	private static String classpath() throws java.io.IOException {
		return Files.readString(Path.of("target", "benchmark-classpath.txt")).trim();
	}

	/**
	 * Both applications run side by side but only one is loaded at a time, and every
	 * figure is taken for the product and right after for plain Flowable: on a machine
	 * whose load varies, the two figures of a row are taken under the same conditions.
	 */
	private void measure(List<Side> sides) throws Exception {
		for (Side side : sides) {
			side.figures.ready = seconds(side.server.timeToReady);
			System.out.printf("%s ready in %.1f s%n", side.name(), side.figures.ready);
			// warm up the JIT and the caches, then forget those calls
			load(side.subject, 4, Duration.ofSeconds(10), side.subject::startFindComplete);
		}
		readLatency(sides);
		for (int clients : CLIENTS) {
			for (Side side : sides) {
				side.figures.scenario.put(clients,
						load(side.subject, clients, this.perLevel, side.subject::startFindComplete));
				System.out.printf("%s start-find-complete, %d clients: %s%n", side.name(), clients,
						side.figures.scenario.get(clients));
			}
		}
		for (int clients : CLIENTS) {
			for (Side side : sides) {
				side.figures.whole.put(clients,
						load(side.subject, clients, this.perLevel, side.subject::wholeInstance));
				System.out.printf("%s whole, %d clients: %s%n", side.name(), clients, side.figures.whole.get(clients));
			}
		}
		for (Side side : sides) {
			side.figures.timers = drainTimers(side.subject);
			System.out.printf("%s timers: %s%n", side.name(), side.figures.timers);
		}
		for (Side side : sides) {
			Level opened = load(side.subject, 16, null, side.subject::startOpen);
			System.out.printf("%s opened %d in %.0f s%n", side.name(), this.open, opened.seconds);
			side.figures.heapMiB = side.server.heapAfterGcMiB();
			System.out.printf("%s heap after GC with %d open: %.1f MiB%n", side.name(), this.open,
					side.figures.heapMiB);
		}
	}

	/**
	 * Median and p99 of 500 sequential reads of one task, in rounds of 50 taking turns.
	 */
	private void readLatency(List<Side> sides) {
		for (Side side : sides) {
			side.subject.rest.reset();
		}
		for (int round = 0; round < 10; round++) {
			for (Side side : sides) {
				RestClients.Client client = side.subject.rest.client();
				for (int i = 0; i < 50; i++) {
					side.subject.readOneTask(client);
				}
			}
		}
		for (Side side : sides) {
			side.figures.get = new double[] { side.subject.rest.percentileMillis("get", 0.5),
					side.subject.rest.percentileMillis("get", 0.99) };
			System.out.printf("%s GET one task: p50 %.1f ms, p99 %.1f ms%n", side.name(), side.figures.get[0],
					side.figures.get[1]);
		}
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/**
	 * {@code clients} threads repeat the iteration for the duration, or (without one)
	 * until {@link #open} iterations were done.
	 */
	private Level load(Subject subject, int clients, Duration duration, Iteration iteration) throws Exception {
		RestClients.Client counter = subject.rest.client();
		long activitiesBefore = subject.historicActivityInstances(counter);
		subject.rest.reset();
		AtomicLong done = new AtomicLong();
		AtomicInteger remaining = new AtomicInteger((duration != null) ? Integer.MAX_VALUE : this.open);
		AtomicReference<Exception> failure = new AtomicReference<>();
		long start = System.nanoTime();
		long end = (duration != null) ? start + duration.toNanos() : Long.MAX_VALUE;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				running.add(pool.submit(() -> {
					RestClients.Client client = subject.rest.client();
					while (System.nanoTime() < end && remaining.getAndDecrement() > 0 && failure.get() == null) {
						try {
							iteration.run(client);
							done.incrementAndGet();
						}
						catch (Exception ex) {
							failure.compareAndSet(null, ex);
						}
					}
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			pool.shutdown();
		}
		if (failure.get() != null) {
			throw new IllegalStateException(subject.name + ": " + failure.get().getMessage(), failure.get());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long activities = subject.historicActivityInstances(counter) - activitiesBefore;
		Level level = new Level();
		level.seconds = seconds;
		level.iterationsPerSecond = done.get() / seconds;
		level.workPerSecond = activities / seconds;
		for (String call : List.of("start", "find", "complete")) {
			level.p50.put(call, subject.rest.percentileMillis(call, 0.5));
			level.p99.put(call, subject.rest.percentileMillis(call, 0.99));
		}
		return level;
	}

	/**
	 * {@link #timers} instances wait for one instant; how long until the last has fired,
	 * and how late the 99th percentile was.
	 */
	private Timers drainTimers(Subject subject) throws Exception {
		RestClients.Client client = subject.rest.client();
		subject.deploy(client, "dueTimer.bpmn20.xml");
		long calibration = System.nanoTime();
		Instant far = Instant.now().plus(Duration.ofDays(1));
		for (int i = 0; i < 50; i++) {
			subject.startTimer(client, far);
		}
		double perStart = (System.nanoTime() - calibration) / 1e9 / 50;
		Instant due = Instant.now().plusMillis((long) (this.timers * perStart * 1000) + 5000);
		AtomicInteger remaining = new AtomicInteger(this.timers);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> starting = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				starting.add(pool.submit(() -> {
					RestClients.Client starter = subject.rest.client();
					while (remaining.getAndDecrement() > 0) {
						subject.startTimer(starter, due);
					}
				}));
			}
			for (Future<?> started : starting) {
				started.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Timers result = new Timers();
		result.startedBeforeDue = Instant.now().isBefore(due);
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (subject.finishedTimers(client) < this.timers && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		List<Long> lateness = new ArrayList<>();
		for (Instant end : subject.timerEnds(client)) {
			lateness.add(Duration.between(due, end).toMillis());
		}
		lateness.sort(null);
		result.fired = lateness.size();
		result.drainSeconds = lateness.isEmpty() ? Double.NaN : lateness.get(lateness.size() - 1) / 1000.0;
		result.p99LatenessSeconds = lateness.isEmpty() ? Double.NaN
				: lateness.get((int) Math.ceil(lateness.size() * 0.99) - 1) / 1000.0;
		return result;
	}

	private void print(Figures product, Figures plain) {
		if (plain == null) {
			System.out.printf("product alone: ready %.1f s, again %.1f s, GET p50 %.1f ms%n", product.ready,
					product.restart, product.get[0]);
			return;
		}
		StringBuilder table = new StringBuilder();
		table.append(String.format("%n| | product | plain Flowable | product / plain |%n|---|---|---|---|%n"));
		row(table, "time to ready, fresh database (s)", product.ready, plain.ready);
		row(table, "time to ready, restart on the filled database (s)", product.restart, plain.restart);
		row(table, "GET /process-api/runtime/tasks?size=1, p50 ms (product authenticated)", product.get[0],
				plain.get[0]);
		row(table, "same GET, p99 ms", product.get[1], plain.get[1]);
		for (int clients : CLIENTS) {
			Level a = product.scenario.get(clients);
			Level b = plain.scenario.get(clients);
			String prefix = "start→find→complete, " + clients + " client" + ((clients > 1) ? "s" : "") + ": ";
			row(table, prefix + "iterations/s", a.iterationsPerSecond, b.iterationsPerSecond);
			row(table, prefix + "engine work/s (historic activities)", a.workPerSecond, b.workPerSecond);
			for (String call : List.of("start", "find", "complete")) {
				row(table, prefix + call + " p50 / p99 ms", a.p50.get(call), a.p99.get(call), b.p50.get(call),
						b.p99.get(call));
			}
		}
		for (int clients : CLIENTS) {
			Level a = product.whole.get(clients);
			Level b = plain.whole.get(clients);
			String prefix = "whole instance, " + clients + " client" + ((clients > 1) ? "s" : "") + ": ";
			row(table, prefix + "instances/s", a.iterationsPerSecond, b.iterationsPerSecond);
			row(table, prefix + "engine work/s (historic activities)", a.workPerSecond, b.workPerSecond);
		}
		row(table, this.timers + " due timers: all fired after (s)", product.timers.drainSeconds,
				plain.timers.drainSeconds);
		row(table, this.timers + " due timers: p99 lateness (s)", product.timers.p99LatenessSeconds,
				plain.timers.p99LatenessSeconds);
		row(table, "heap after GC with " + this.open + " open instances (MiB)", product.heapMiB, plain.heapMiB);
		System.out.println(table);
		if (!product.timers.startedBeforeDue || !plain.timers.startedBeforeDue) {
			System.out.println("(some timers were started after their due time: lateness includes that)");
		}
	}

	private static void row(StringBuilder table, String label, double product, double plain) {
		table.append(
				String.format("| %s | %s | %s | %.2f× |%n", label, number(product), number(plain), product / plain));
	}

	private static void row(StringBuilder table, String label, double productP50, double productP99, double plainP50,
			double plainP99) {
		table.append(String.format("| %s | %s / %s | %s / %s | %.2f× / %.2f× |%n", label, number(productP50),
				number(productP99), number(plainP50), number(plainP99), productP50 / plainP50, productP99 / plainP99));
	}

	private static String number(double value) {
		return (value >= 100) ? String.format("%.0f", value) : String.format("%.1f", value);
	}

	private static void deleteRecursively(Path path) throws java.io.IOException {
		if (Files.exists(path)) {
			try (var walk = Files.walk(path)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@FunctionalInterface
	interface Iteration {

		void run(RestClients.Client client) throws Exception;

	}

	static final class Level {

		double seconds;

		double iterationsPerSecond;

		double workPerSecond;

		final Map<String, Double> p50 = new LinkedHashMap<>();

		final Map<String, Double> p99 = new LinkedHashMap<>();

		@Override
		public String toString() {
			return String.format("%.1f/s, work %.0f/s, p50 %s, p99 %s", this.iterationsPerSecond, this.workPerSecond,
					this.p50, this.p99);
		}

	}

	static final class Timers {

		int fired;

		double drainSeconds;

		double p99LatenessSeconds;

		boolean startedBeforeDue;

		@Override
		public String toString() {
			return String.format("%d fired, last after %.1f s, p99 lateness %.1f s", this.fired, this.drainSeconds,
					this.p99LatenessSeconds);
		}

	}

	/** One application under test: its server, how it is driven, what was measured. */
	private record Side(Subject subject, BenchmarkServer server, Figures figures) {

		String name() {
			return this.subject.name;
		}

	}

	static final class Figures {

		double ready;

		double restart;

		double[] get;

		final Map<Integer, Level> scenario = new LinkedHashMap<>();

		final Map<Integer, Level> whole = new LinkedHashMap<>();

		Timers timers;

		double heapMiB;

	}

}
