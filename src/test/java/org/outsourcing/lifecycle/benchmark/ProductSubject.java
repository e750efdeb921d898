package org.outsourcing.lifecycle.benchmark;

import java.util.HashMap;
import java.util.Map;

/**
 * The product through {@code /process-api} with its own users (HTTP Basic on every call):
 * the owner requests an engagement with a full work definition, the recruiter finds the
 * first task (Write ad, in the job ad stage the engagement called) and publishes the ad.
 */
final class ProductSubject extends Subject {

	private static final String OWNER = BenchmarkServer.basic("owner", "demo");

	private static final String RECRUITER = BenchmarkServer.basic("recruiter", "demo");

	private static final String ADMIN = BenchmarkServer.basic("admin", "demo");

	ProductSubject(int port) {
		super("product", port);
	}

	@Override
	void startFindComplete(RestClients.Client client) {
		Started started = processInstances(client, "start", "outsourcingEngagement", definition(), OWNER);
		String task = firstTask(client, started.businessKey(), RECRUITER);
		complete(client, task, ad(), RECRUITER);
	}

	/**
	 * Request, ad written and published, a one-second application window that closes
	 * without applicants, the ad cancelled (no reposts), the engagement cancelled.
	 */
	@Override
	void wholeInstance(RestClients.Client client) throws InterruptedException {
		Map<String, Object> variables = definition();
		variables.put("applicationWindow", "PT1S");
		variables.put("maxReposts", 0);
		Started started = processInstances(client, "start", "outsourcingEngagement", variables, OWNER);
		String task = firstTask(client, started.businessKey(), RECRUITER);
		complete(client, task, ad(), RECRUITER);
		awaitEnd(client, started.id(), OWNER);
	}

	@Override
	void startOpen(RestClients.Client client) {
		processInstances(client, "start", "outsourcingEngagement", definition(), OWNER);
	}

	@Override
	void readOneTask(RestClients.Client client) {
		client.get("get", "/process-api/runtime/tasks?size=1", RECRUITER);
	}

	@Override
	String admin() {
		return ADMIN;
	}

	private static Map<String, Object> definition() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("title", "Monthly newsletter");
		variables.put("jobCategory", "emailMarketing");
		variables.put("deliverables", "One newsletter a month");
		variables.put("acceptanceCriteria", "Sent to the list by the 5th, no typos");
		variables.put("goal", "Keep customers coming back");
		variables.put("dataSensitivity", "none");
		variables.put("securityRelated", false);
		variables.put("coreCompetency", false);
		variables.put("liaison", "liaison");
		variables.put("budgetMin", 400.00);
		variables.put("budgetMax", 600.00);
		variables.put("budgetBasis", "monthly");
		variables.put("cutOffDate", "2026-12-31");
		variables.put("schedule", "One issue a month, sent by the 5th");
		variables.put("ownerTimeZone", "America/New_York");
		return variables;
	}

	private static Map<String, Object> ad() {
		return Map.of("adHeadline", "Freelance newsletter writer", "requirements",
				"Three years of e-mail marketing; samples of newsletters", "applicationInstruction",
				"Start your cover letter with the word Pineapple", "form_writeAd_outcome", "publish");
	}

}
