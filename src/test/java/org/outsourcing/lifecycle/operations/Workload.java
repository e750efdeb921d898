package org.outsourcing.lifecycle.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * Clients doing real work through the REST API, as the README's curl commands do: the
 * owner starts an engagement with the define-the-work form, the recruiter writes and
 * publishes its ad, the contractor applies. Each client stops when the application stops
 * answering, after a bounded number of rounds, or when told to.
 */
final class Workload {

	private static final int ROUNDS_PER_CLIENT = 40;

	private final Acknowledged acknowledged;

	private final List<Thread> clients = new ArrayList<>();

	private volatile boolean stopped;

	private Workload(Acknowledged acknowledged) {
		this.acknowledged = acknowledged;
	}

	static Workload start(ApplicationProcess application, int clients, Acknowledged acknowledged) {
		Workload workload = new Workload(acknowledged);
		for (int i = 0; i < clients; i++) {
			Thread client = new Thread(() -> workload.run(application), "client-" + i);
			workload.clients.add(client);
			client.start();
		}
		return workload;
	}

	/**
	 * Waits (bounded) until the application has acknowledged this many more operations.
	 */
	void awaitAcknowledged(int more) throws InterruptedException {
		int target = this.acknowledged.operations() + more;
		awaitUntil(() -> this.acknowledged.operations() >= target ? 1 : 0, "acknowledged operations");
	}

	/** Tells the clients to stop and waits until they have. */
	void stop() throws InterruptedException {
		this.stopped = true;
		join();
	}

	/** Waits until every client has stopped by itself (the application went away). */
	void join() throws InterruptedException {
		for (Thread client : this.clients) {
			client.join(Duration.ofMinutes(2).toMillis());
			if (client.isAlive()) {
				fail(client.getName() + " did not stop");
			}
		}
	}

	private void awaitUntil(IntSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (condition.getAsInt() == 0) {
			if (System.nanoTime() > deadline || this.clients.stream().noneMatch(Thread::isAlive)) {
				fail("Too few " + what + ": " + this.acknowledged.operations() + "; unexpected answers "
						+ this.acknowledged.unexpected);
			}
			Thread.sleep(20);
		}
	}

	private void run(ApplicationProcess application) {
		Http owner = application.as("owner");
		Http recruiter = application.as("recruiter");
		Http contractor = application.as("contractor");
		for (int round = 0; round < ROUNDS_PER_CLIENT && !this.stopped; round++) {
			Http.Answer started = owner.post("/api/processes/outsourcingEngagement/start-form",
					Map.of("values", definition()));
			if (!acknowledged(started, 201)) {
				return;
			}
			String engagement = started.json().path("processInstanceId").asText();
			this.acknowledged.engagements.add(engagement);

			Http.Answer tasks = recruiter.get(
					"/process-api/runtime/tasks?taskDefinitionKey=writeAd&processInstanceIdWithChildren=" + engagement);
			if (!acknowledged(tasks, 200)) {
				return;
			}
			JsonNode task = tasks.data().path(0);
			if (task.isMissingNode()) {
				this.acknowledged.unexpected.add("no writeAd task for " + engagement + ": " + tasks.body());
				continue;
			}
			String taskId = task.path("id").asText();
			if (!acknowledged(
					recruiter.post("/api/tasks/" + taskId + "/complete", Map.of("values", ad(), "outcome", "publish")),
					204)) {
				return;
			}
			this.acknowledged.completions.put(taskId, engagement);

			if (!acknowledged(contractor.post("/api/engagements/" + engagement + "/applications", application()),
					201)) {
				return;
			}
			this.acknowledged.applications.add(engagement);
		}
	}

	/**
	 * True when the answer is the expected one; false when there was none (the clients
	 * stop) or another one, which is recorded.
	 */
	private boolean acknowledged(Http.Answer answer, int expected) {
		if (answer.status() == expected) {
			return true;
		}
		// 503: a node shutting down refused it, as honest as no answer
		if (!answer.lost() && answer.status() != 503) {
			this.acknowledged.unexpected.add(answer.status() + " " + answer.body());
		}
		return false;
	}

	static Map<String, Object> definition() {
		Map<String, Object> values = new HashMap<>();
		values.put("title", "Monthly newsletter");
		values.put("jobCategory", "emailMarketing");
		values.put("deliverables", "One newsletter a month");
		values.put("acceptanceCriteria", "Sent to the list by the 5th, no typos");
		values.put("goal", "Keep customers coming back");
		values.put("budgetMin", 400);
		values.put("budgetMax", 600);
		values.put("budgetBasis", "monthly");
		values.put("cutOffDate", "2030-12-31");
		values.put("schedule", "One issue a month, sent by the 5th");
		values.put("ownerTimeZone", "America/New_York");
		values.put("dataSensitivity", "none");
		values.put("securityRelated", false);
		values.put("coreCompetency", false);
		values.put("liaison", "liaison");
		return values;
	}

	static Map<String, Object> ad() {
		return Map.of("adHeadline", "Freelance newsletter writer", "requirements", "Three years of e-mail marketing",
				"applicationInstruction", "Start your cover letter with the word Pineapple");
	}

	static Map<String, Object> application() {
		return Map.of("applicantName", "Carla Contractor", "email", "carla@example.com", "coverLetter",
				"Pineapple. I write newsletters people read.", "samplesUrl", "https://carla.example.com",
				"instructionAnswer", "Pineapple", "hourlyRate", 35, "timeZone", "Europe/Lisbon");
	}

}
