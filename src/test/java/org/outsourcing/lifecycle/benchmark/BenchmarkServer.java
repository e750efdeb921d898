package org.outsourcing.lifecycle.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application under test, in a JVM of its own (so that its heap, its threads and its
 * start are its own): started on a free port with a fresh H2 database on disk, asked for
 * its heap after a full GC ({@code jcmd}), stopped.
 */
final class BenchmarkServer implements AutoCloseable {

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+\\d+K, used (\\d+)K");

	final String name;

	final int port;

	final Duration timeToReady;

	private final Process process;

	private BenchmarkServer(String name, int port, Process process, Duration timeToReady) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.timeToReady = timeToReady;
	}

	/**
	 * Starts {@code mainClass} and waits until {@code readyPath} answers 200 to
	 * {@code user} (null: anonymous).
	 */
	static BenchmarkServer start(String name, String classpath, String mainClass, int port, Path workDir,
			List<String> jvmOptions, List<String> arguments, String readyPath, String user, String password)
			throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.add("--server.port=" + port);
		command.addAll(arguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve(name + ".log").toFile())
			.start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest.Builder ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
			.timeout(Duration.ofSeconds(5));
		if (user != null) {
			ready.header("Authorization", basic(user, password));
		}
		long deadline = started + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited; see " + workDir.resolve(name + ".log"));
			}
			try {
				if (http.send(ready.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return new BenchmarkServer(name, port, process, Duration.ofNanos(System.nanoTime() - started));
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(25);
		}
		process.destroyForcibly();
		throw new IllegalStateException(name + " was not ready within 10 minutes");
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Heap in use right after a full GC, in MiB. */
	double heapAfterGcMiB() throws IOException, InterruptedException {
		jcmd("GC.run");
		String info = jcmd("GC.heap_info");
		Matcher used = HEAP_USED.matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("Cannot read the heap from: " + info);
		}
		return Long.parseLong(used.group(1)) / 1024.0;
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(this.process.pid()), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor(1, TimeUnit.MINUTES);
		return output;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	static String classpathWithout(String classpath, String excluded) {
		List<String> kept = new ArrayList<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			if (!Path.of(entry).toAbsolutePath().normalize().equals(Path.of(excluded).toAbsolutePath().normalize())) {
				kept.add(entry);
			}
		}
		return String.join(File.pathSeparator, kept);
	}

}
