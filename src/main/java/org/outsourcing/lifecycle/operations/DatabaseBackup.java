package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Online backup of the embedded H2 database with H2's {@code BACKUP TO}: a consistent
 * copy taken while the application runs, as one zip holding the database file. Restore by
 * unzipping it into {@code ./data} of a stopped application. PostgreSQL is backed up with
 * its own tools ({@code pg_dump}), not by the application.
 */
@Service
class DatabaseBackup {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final BackupProperties properties;

	DatabaseBackup(DataSource dataSource, JdbcClient jdbc, BackupProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Writes a backup to the backup directory and tells where it is. */
	BackupFile backUp() throws IOException {
		if (!isFileBasedH2()) {
			throw new BackupNotSupportedException(
					"The application backs up only its embedded H2 database; back up PostgreSQL with pg_dump "
							+ "(README, \"Backup and restore\")");
		}
		Path directory = this.properties.directory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		Path file = directory.resolve("outsourcing-lifecycle-" + FILE_TIME.format(Instant.now()) + ".zip");
		// the path is ours, not the caller's; H2 takes no parameter here
		this.jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
		return new BackupFile(file.toString(), Files.size(file));
	}

	private boolean isFileBasedH2() {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
					&& !url.startsWith("jdbc:h2:ssl:");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	record BackupFile(String file, long bytes) {

	}

}
