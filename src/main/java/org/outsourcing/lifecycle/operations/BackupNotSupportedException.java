package org.outsourcing.lifecycle.operations;

/** The configured database is not one the application backs up itself. */
class BackupNotSupportedException extends RuntimeException {

	BackupNotSupportedException(String message) {
		super(message);
	}

}
