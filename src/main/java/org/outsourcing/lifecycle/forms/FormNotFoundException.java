package org.outsourcing.lifecycle.forms;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;

/** A task, process or key names a form that {@code forms/} does not have (404). */
public class FormNotFoundException extends FlowableObjectNotFoundException {

	FormNotFoundException(String message) {
		super(message, FormDefinition.class);
	}

}
