package org.outsourcing.lifecycle.core;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;

/** Answered as 404 by both the product's API and Flowable's REST API. */
public class EngagementNotFoundException extends FlowableObjectNotFoundException {

	public EngagementNotFoundException(String engagementId) {
		super("No engagement with id '" + engagementId + "'");
	}

}
