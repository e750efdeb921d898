package org.outsourcing.lifecycle.operations;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecycle.backup.*}.
 *
 * @param directory where {@code POST /api/admin/backup} writes the H2 database's online
 * backups; a relative path is taken from the working directory, as {@code ./data} is
 */
@ConfigurationProperties("lifecycle.backup")
record BackupProperties(@DefaultValue("./backups") Path directory) {

}
