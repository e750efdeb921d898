package org.outsourcing.lifecycle.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the benchmark does to one application through its REST API: the product with its
 * real engagement model and authenticated users, plain Flowable with two user tasks and
 * no authentication.
 */
abstract class Subject {

	final String name;

	final RestClients rest;

	Subject(String name, int port) {
		this.name = name;
		this.rest = new RestClients(port);
	}

	/** Start a process, find its first task, complete it. */
	abstract void startFindComplete(RestClients.Client client);

	/** One whole process instance, from its start to its end. */
	abstract void wholeInstance(RestClients.Client client) throws InterruptedException;

	/** A process instance that stays open at its first task. */
	abstract void startOpen(RestClients.Client client);

	/** The cheapest authenticated (product) or anonymous (plain) read of the API. */
	abstract void readOneTask(RestClients.Client client);

	/** Credentials of the administrator, or none. */
	abstract String admin();

	/** Starts a process instance with a new business key, which its stages inherit. */
	Started processInstances(RestClients.Client client, String label, String processDefinitionKey,
			Map<String, Object> variables, String authorization) {
		List<Map<String, Object>> list = new ArrayList<>();
		variables.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
		String businessKey = UUID.randomUUID().toString();
		String id = client
			.post(label, "/process-api/runtime/process-instances",
					Map.of("processDefinitionKey", processDefinitionKey, "businessKey", businessKey, "variables", list),
					authorization)
			.get("id")
			.asText();
		return new Started(id, businessKey);
	}

	record Started(String id, String businessKey) {
	}

	/** The first open task of a process instance or any stage it called. */
	String firstTask(RestClients.Client client, String businessKey, String authorization) {
		JsonNode tasks = client.get("find",
				"/process-api/runtime/tasks?size=1&processInstanceBusinessKey=" + businessKey, authorization);
		if (tasks.get("data").isEmpty()) {
			throw new IllegalStateException("No open task in " + businessKey);
		}
		return tasks.get("data").get(0).get("id").asText();
	}

	void complete(RestClients.Client client, String taskId, Map<String, Object> values, String authorization) {
		List<Map<String, Object>> list = new ArrayList<>();
		values.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
		client.post("complete", "/process-api/runtime/tasks/" + taskId, Map.of("action", "complete", "variables", list),
				authorization);
	}

	void awaitEnd(RestClients.Client client, String processInstanceId, String authorization)
			throws InterruptedException {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			JsonNode instance = client.get("poll",
					"/process-api/history/historic-process-instances/" + processInstanceId, authorization);
			if (instance.hasNonNull("endTime")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(processInstanceId + " did not end within two minutes");
	}

	long historicActivityInstances(RestClients.Client client) {
		return client.get("count", "/process-api/history/historic-activity-instances?size=1", admin())
			.get("total")
			.asLong();
	}

	void deploy(RestClients.Client client, String resource) throws java.io.IOException {
		byte[] model;
		try (var in = Subject.class.getResourceAsStream("/benchmark/" + resource)) {
			model = in.readAllBytes();
		}
		String boundary = "benchmark-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + resource
				+ "\"\r\nContent-Type: text/xml\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = new byte[head.length() + model.length + tail.length()];
		System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, body, 0, head.length());
		System.arraycopy(model, 0, body, head.length(), model.length);
		System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, body, head.length() + model.length, tail.length());
		client.multipart("deploy", "/process-api/repository/deployments", boundary, body, admin());
	}

	Started startTimer(RestClients.Client client, Instant dueAt) {
		return processInstances(client, "startTimer", "dueTimer", Map.of("dueAt", dueAt.toString()), admin());
	}

	/** The end times of every finished {@code dueTimer} instance. */
	List<Instant> timerEnds(RestClients.Client client) {
		List<Instant> ends = new ArrayList<>();
		for (int start = 0;; start += 500) {
			JsonNode page = client.get("poll", "/process-api/history/historic-process-instances?finished=true"
					+ "&processDefinitionKey=dueTimer&size=500&sort=startTime&start=" + start, admin());
			page.get("data").forEach((instance) -> ends.add(Instant.parse(instance.get("endTime").asText())));
			if (page.get("data").size() < 500) {
				return ends;
			}
		}
	}

	long finishedTimers(RestClients.Client client) {
		return client
			.get("poll",
					"/process-api/history/historic-process-instances?finished=true"
							+ "&processDefinitionKey=dueTimer&size=1",
					admin())
			.get("total")
			.asLong();
	}

}
