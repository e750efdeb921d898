package org.outsourcing.lifecycle.forms;

import org.flowable.common.engine.api.FlowableException;

/**
 * The task existed but is closed: another completion (or a deadline) was first. Answered
 * with 409 Conflict, unlike an id that never was a task (404).
 */
public class TaskAlreadyCompletedException extends FlowableException {

	public TaskAlreadyCompletedException(String message) {
		super(message);
	}

}
