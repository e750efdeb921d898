package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's PostgreSQL backup: {@code pg_dump} of the running application's database,
 * {@code pg_restore} into an empty one, a fresh application on it that verifies its audit
 * chain and carries an engagement on. Debian's client tools ({@code postgresql-client},
 * which {@code .ci/run} installs) are PostgreSQL 15 and refuse to dump a newer server, so
 * the server here is PostgreSQL 15 ({@code target/postgres-15}, copied by the build).
 */
class PostgresBackupIT {

	@Test
	void aDumpRestoresIntoAFreshApplicationThatCarriesOn() throws Exception {
		assumeTrue(Files.isExecutable(Paths.get("/usr/bin/pg_dump")),
				"pg_dump is not installed (Debian: apt-get install postgresql-client)");
		Path directory = Paths.get("target", "postgres-backup").toAbsolutePath();
		FileSystemUtils.deleteRecursively(directory);
		Files.createDirectories(directory);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPgBinaryResolver((system, hardware) -> binaries(system, hardware))
			.setPGStartupWait(Duration.ofSeconds(60))
			.start()) {
			createDatabase(postgres, "lifecycle");
			ApplicationProcess application = ApplicationProcess.start(directory, "original",
					node(postgres, "lifecycle"));
			String waiting;
			try {
				waiting = application.as("owner")
					.post("/api/processes/outsourcingEngagement/start-form", Map.of("values", Workload.definition()))
					.expect(201)
					.json()
					.path("processInstanceId")
					.asText();
				Path dump = directory.resolve("lifecycle.dump");
				run("pg_dump", "--format=custom", "--file=" + dump, "-h", "127.0.0.1", "-p",
						Integer.toString(postgres.getPort()), "-U", "postgres", "lifecycle");
				assertThat(dump).isNotEmptyFile();
			}
			finally {
				application.kill();
			}

			createDatabase(postgres, "restored");
			run("pg_restore", "--no-owner", "-h", "127.0.0.1", "-p", Integer.toString(postgres.getPort()), "-U",
					"postgres", "-d", "restored", directory.resolve("lifecycle.dump").toString());
			ApplicationProcess restored = ApplicationProcess.start(directory, "restored", node(postgres, "restored"));
			try {
				Survivors.auditChainVerifies(restored);
				Http recruiter = restored.as("recruiter");
				String task = recruiter
					.get("/process-api/runtime/tasks?taskDefinitionKey=writeAd&processInstanceIdWithChildren="
							+ waiting)
					.expect(200)
					.data()
					.path(0)
					.path("id")
					.asText();
				recruiter
					.post("/api/tasks/" + task + "/complete", Map.of("values", Workload.ad(), "outcome", "publish"))
					.expect(204);
				restored.as("contractor")
					.post("/api/engagements/" + waiting + "/applications", Workload.application())
					.expect(201);
				Survivors.auditChainVerifies(restored);
			}
			finally {
				restored.kill();
			}
		}
	}

	private static String[] node(EmbeddedPostgres postgres, String database) {
		return new String[] { "--spring.profiles.active=postgres",
				"--LIFECYCLE_DB_URL=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
				"--LIFECYCLE_DB_USER=postgres", "--LIFECYCLE_DB_PASSWORD=" };
	}

	private static void createDatabase(EmbeddedPostgres postgres, String name) throws Exception {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			fail(String.join(" ", line) + " failed:\n" + output);
		}
	}

	/** PostgreSQL 15's server binaries from the zonky jar the build copied. */
	private static InputStream binaries(String system, String hardware) throws IOException {
		Path directory = Paths.get("target", "postgres-15");
		Path jar;
		try (var files = Files.list(directory)) {
			jar = files.filter((file) -> file.toString().endsWith(".jar"))
				.findFirst()
				.orElseThrow(() -> new IOException("No PostgreSQL 15 binaries in " + directory));
		}
		ZipFile zip = new ZipFile(jar.toFile());
		var entry = zip.getEntry("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
		if (entry == null) {
			zip.close();
			throw new IOException("No binaries for " + system + "-" + hardware + " in " + jar);
		}
		return new FilterInputStreamClosingZip(zip.getInputStream(entry), zip);
	}

	/** Closes the jar with the stream. */
	private static final class FilterInputStreamClosingZip extends java.io.FilterInputStream {

		private final ZipFile zip;

		FilterInputStreamClosingZip(InputStream in, ZipFile zip) {
			super(in);
			this.zip = zip;
		}

		@Override
		public void close() throws IOException {
			super.close();
			this.zip.close();
		}

	}

}
