package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application ({@code target/outsourcing-lifecycle-*.jar}, built by
 * {@code mvn package} before the integration tests run) as a process of its own on
 * 127.0.0.1, started in a working directory of the test's choosing (where H2 keeps
 * {@code ./data}), its output in a log file there. Settings that only make it start
 * faster; everything that decides what survives is the default's.
 */
final class ApplicationProcess {

	private static final Duration READY_WITHIN = Duration.ofMinutes(4);

	private final Process process;

	private final Path log;

	private final int port;

	private final Instant ready;

	private ApplicationProcess(Process process, Path log, int port, Instant ready) {
		this.process = process;
		this.log = log;
		this.port = port;
		this.ready = ready;
	}

	/** Starts the application and waits until its readiness probe says UP. */
	static ApplicationProcess start(Path workingDirectory, String name, String... arguments) {
		try {
			Files.createDirectories(workingDirectory);
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(
					Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
					"-XX:+UseSerialGC", "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port,
					"--server.address=127.0.0.1", "--spring.jmx.enabled=false", "--spring.main.banner-mode=off",
					// BCrypt's cheapest cost: every API call of the clients checks a
					// password
					"--lifecycle.security.bcrypt-strength=4"));
			command.addAll(List.of(arguments));
			// e.g. -Dlifecycle.it.arguments=--spring.datasource.url=… to measure another
			// setting
			String extra = System.getProperty("lifecycle.it.arguments", "").trim();
			if (!extra.isEmpty()) {
				command.addAll(List.of(extra.split("\\s+")));
			}
			Path log = workingDirectory.resolve(name + ".log");
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Instant ready = awaitReady(process, port, log);
			return new ApplicationProcess(process, log, port, ready);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** When the readiness probe first said UP. */
	Instant ready() {
		return this.ready;
	}

	Http as(String user) {
		return Http.as(this.port, user);
	}

	/** {@code kill -9}: no shutdown hook, no flush, nothing. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(1, TimeUnit.MINUTES);
	}

	/** {@code kill -TERM}, then the exit code once it has stopped by itself. */
	int terminate(Duration within) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			fail("Did not stop within " + within + " of SIGTERM; log " + this.log + ":\n" + logTail());
		}
		return this.process.exitValue();
	}

	/** Sends a signal to this process only ({@code STOP}, {@code CONT}). */
	void signal(String signal) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			fail("kill -" + signal + " " + this.process.pid() + " failed");
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String logText() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String logTail() {
		String text = logText();
		return text.substring(Math.max(0, text.length() - 6000));
	}

	private static Instant awaitReady(Process process, int port, Path log) throws IOException {
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		Http probe = Http.anonymous(port);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("The application stopped while starting (exit " + process.exitValue() + "); log " + log + ":\n"
						+ tail(log));
			}
			if (probe.get("/actuator/health/readiness").status() == 200) {
				return Instant.now();
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		process.destroyForcibly();
		return fail("Not ready within " + READY_WITHIN + "; log " + log + ":\n" + tail(log));
	}

	private static String tail(Path log) throws IOException {
		String text = Files.readString(log, StandardCharsets.UTF_8);
		return text.substring(Math.max(0, text.length() - 6000));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The jar the build packaged ({@code lifecycle.jar}, set by the failsafe plugin). */
	static Path jar() throws IOException {
		String configured = System.getProperty("lifecycle.jar");
		if (configured != null) {
			return Paths.get(configured);
		}
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("outsourcing-lifecycle-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn package first"));
		}
	}

}
