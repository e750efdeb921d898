package org.outsourcing.lifecycle.web;

import java.time.Instant;

/**
 * One process instance of an engagement, the top-level one or a stage it called, with its
 * depth for indenting.
 */
record StagePath(String processInstanceId, String name, int depth, Instant started, Instant ended) {

	public boolean running() {
		return this.ended == null;
	}

}
