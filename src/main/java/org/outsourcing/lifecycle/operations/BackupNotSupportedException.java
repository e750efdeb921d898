package org.outsourcing.lifecycle.operations;

import org.flowable.common.rest.exception.FlowableConflictException;

/**
 * The configured database is not one the application backs up itself: answered 409, the
 * request fits, the installation does not.
 */
class BackupNotSupportedException extends FlowableConflictException {

	BackupNotSupportedException(String message) {
		super(message);
	}

}
