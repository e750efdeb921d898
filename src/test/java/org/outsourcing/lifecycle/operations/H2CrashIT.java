package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application on its default database, H2 in {@code ./data}, with clients
 * doing real work through the API: killed with {@code kill -9} at a random moment three
 * times, every acknowledged operation is there after the restart and nothing is half
 * done; an application window that closed while it was down closes once; an online backup
 * restores into a fresh application that carries on; SIGTERM lets the requests and jobs
 * in flight finish.
 */
class H2CrashIT {

	private static final int CLIENTS = 3;

	@Test
	void nothingAcknowledgedIsLostAcrossKillsAGracefulStopAndABackup() throws Exception {
		Path directory = Paths.get("target", "h2-crash").toAbsolutePath();
		FileSystemUtils.deleteRecursively(directory);
		Acknowledged acknowledged = new Acknowledged();

		ApplicationProcess application = KillCycles.run(directory, 3, acknowledged);
		String waiting;
		Path backupFile;
		Set<String> engagementsInBackup;
		try {
			// an engagement waiting for its ad, to be carried on from the backup
			waiting = application.as("owner")
				.post("/api/processes/outsourcingEngagement/start-form", Map.of("values", Workload.definition()))
				.expect(201)
				.json()
				.path("processInstanceId")
				.asText();
			Http.Answer backup = application.as("admin").post("/api/admin/backup", Map.of()).expect(201);
			backupFile = Paths.get(backup.json().path("file").asText());
			assertThat(backupFile).exists().startsWith(directory);
			engagementsInBackup = new HashSet<>(acknowledged.engagements);
			engagementsInBackup.add(waiting);

			Workload workload = Workload.start(application, CLIENTS, acknowledged);
			workload.awaitAcknowledged(3);
			int exit = application.terminate(Duration.ofSeconds(90));
			workload.join();
			assertThat(exit).as("exit after SIGTERM").isEqualTo(143);
			assertThat(application.logText()).contains("Commencing graceful shutdown")
				.contains("Graceful shutdown complete")
				.doesNotContain("Graceful shutdown aborted");
			everythingAcknowledgedIsInTheFileAndNoJobIsLocked(directory, acknowledged);
		}
		finally {
			application.kill();
		}

		Path restored = Paths.get("target", "h2-restored").toAbsolutePath();
		FileSystemUtils.deleteRecursively(restored);
		unzip(backupFile, restored.resolve("data"));
		ApplicationProcess fresh = ApplicationProcess.start(restored, "restored");
		try {
			Survivors.auditChainVerifies(fresh);
			Set<String> engagements = new HashSet<>();
			Survivors
				.all(fresh.as("admin"),
						"/process-api/history/historic-process-instances?processDefinitionKey=outsourcingEngagement")
				.forEach((instance) -> engagements.add(instance.path("id").asText()));
			assertThat(engagements).containsAll(engagementsInBackup);
			Http recruiter = fresh.as("recruiter");
			String task = recruiter
				.get("/process-api/runtime/tasks?taskDefinitionKey=writeAd&processInstanceIdWithChildren=" + waiting)
				.expect(200)
				.data()
				.path(0)
				.path("id")
				.asText();
			recruiter.post("/api/tasks/" + task + "/complete", Map.of("values", Workload.ad(), "outcome", "publish"))
				.expect(204);
			fresh.as("contractor")
				.post("/api/engagements/" + waiting + "/applications", Workload.application())
				.expect(201);
			Survivors.auditChainVerifies(fresh);
		}
		finally {
			fresh.kill();
		}
	}

	/**
	 * Reads the stopped application's H2 file directly: every operation acknowledged
	 * until SIGTERM is in it, and the job executor left no job locked.
	 */
	private static void everythingAcknowledgedIsInTheFileAndNoJobIsLocked(Path directory, Acknowledged acknowledged)
			throws SQLException {
		String url = "jdbc:h2:file:" + directory.resolve("data/outsourcing-lifecycle");
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			assertThat(jdbc.sql("SELECT ID_ FROM ACT_HI_PROCINST").query(String.class).set())
				.containsAll(acknowledged.engagements);
			assertThat(
					jdbc.sql("SELECT ID_ FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL").query(String.class).set())
				.containsAll(acknowledged.completions.keySet());
			assertThat(jdbc.sql("SELECT engagement_id FROM application WHERE applicant_user_id = 'contractor'")
				.query(String.class)
				.set()).containsAll(acknowledged.applications);
			assertThat(jdbc.sql("SELECT count(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")
				.query(Integer.class)
				.single()).as("jobs left locked").isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM ACT_RU_TIMER_JOB WHERE LOCK_OWNER_ IS NOT NULL")
				.query(Integer.class)
				.single()).as("timers left locked").isZero();
		}
	}

	private static void unzip(Path zip, Path into) throws IOException {
		Files.createDirectories(into);
		try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
				Files.copy(entries, target);
			}
		}
	}

}
