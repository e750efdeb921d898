package org.outsourcing.lifecycle.benchmark;

import java.util.Map;

/** Plain Flowable through its REST API, no authentication, two user tasks. */
final class PlainSubject extends Subject {

	PlainSubject(int port) {
		super("plain Flowable", port);
	}

	@Override
	void startFindComplete(RestClients.Client client) {
		Started started = processInstances(client, "start", "twoUserTasks", Map.of(), null);
		complete(client, firstTask(client, started.businessKey(), null), Map.of(), null);
	}

	@Override
	void wholeInstance(RestClients.Client client) {
		Started started = processInstances(client, "start", "twoUserTasks", Map.of(), null);
		String businessKey = started.businessKey();
		complete(client, firstTask(client, businessKey, null), Map.of(), null);
		complete(client, firstTask(client, businessKey, null), Map.of(), null);
	}

	@Override
	void startOpen(RestClients.Client client) {
		processInstances(client, "start", "twoUserTasks", Map.of(), null);
	}

	@Override
	void readOneTask(RestClients.Client client) {
		client.get("get", "/process-api/runtime/tasks?size=1", null);
	}

	@Override
	String admin() {
		return null;
	}

}
