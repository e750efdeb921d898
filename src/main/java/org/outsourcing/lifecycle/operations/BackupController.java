package org.outsourcing.lifecycle.operations;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backup} (admin only, as all of {@code /api/admin}): an online
 * backup of the embedded H2 database into {@code lifecycle.backup.directory}.
 */
@RestController
class BackupController {

	private final DatabaseBackup backup;

	BackupController(DatabaseBackup backup) {
		this.backup = backup;
	}

	@PostMapping("/api/admin/backup")
	@ResponseStatus(HttpStatus.CREATED)
	DatabaseBackup.BackupFile backUp() throws IOException {
		return this.backup.backUp();
	}

}
