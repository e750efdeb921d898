package org.outsourcing.lifecycle.operations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the application said it had done: engagements it answered 201 for, task
 * completions it answered 204 for, applications it answered 201 for. Whatever the clients
 * sent and got no answer to may or may not have happened.
 */
final class Acknowledged {

	final Set<String> engagements = ConcurrentHashMap.newKeySet();

	/** Completed writeAd task id → its engagement. */
	final Map<String, String> completions = new ConcurrentHashMap<>();

	/** Engagements the contractor applied to. */
	final Set<String> applications = ConcurrentHashMap.newKeySet();

	/** Answers that were neither an acknowledgement nor a lost connection. */
	final List<String> unexpected = new CopyOnWriteArrayList<>();

	int operations() {
		return this.engagements.size() + this.completions.size() + this.applications.size();
	}

}
