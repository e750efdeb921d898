package org.outsourcing.lifecycle.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after a restart, read through the APIs as admin and auditor: every
 * acknowledged operation is there, nothing is half done, the audit chain verifies.
 */
final class Survivors {

	private Survivors() {
	}

	/**
	 * Asserts that every acknowledged operation survived and that every engagement the
	 * database holds, acknowledged or not, is whole; returns how many engagements it
	 * holds.
	 */
	static Found check(ApplicationProcess application, Acknowledged acknowledged) {
		Http admin = application.as("admin");
		Set<String> engagements = new HashSet<>();
		all(admin, "/process-api/history/historic-process-instances?processDefinitionKey=outsourcingEngagement")
			.forEach((instance) -> engagements.add(instance.path("id").asText()));
		Map<String, String> jobAdOfEngagement = new HashMap<>();
		all(admin, "/process-api/history/historic-process-instances?processDefinitionKey=jobAd")
			.forEach((instance) -> jobAdOfEngagement.put(instance.path("superProcessInstanceId").asText(),
					instance.path("id").asText()));
		Map<String, JsonNode> writeAdOfJobAd = new HashMap<>();
		Set<String> completedTasks = new HashSet<>();
		for (JsonNode task : all(admin, "/process-api/history/historic-task-instances?taskDefinitionKey=writeAd")) {
			writeAdOfJobAd.put(task.path("processInstanceId").asText(), task);
			if (!task.path("endTime").isNull()) {
				completedTasks.add(task.path("id").asText());
			}
		}
		Set<String> published = new HashSet<>();
		all(admin, "/process-api/history/historic-activity-instances?activityId=publishAd").stream()
			.filter((activity) -> !activity.path("endTime").isNull())
			.forEach((activity) -> published.add(activity.path("processInstanceId").asText()));

		assertThat(acknowledged.unexpected).as("answers other than an acknowledgement or a lost connection").isEmpty();
		assertThat(engagements).as("acknowledged engagements").containsAll(acknowledged.engagements);
		assertThat(completedTasks).as("acknowledged task completions").containsAll(acknowledged.completions.keySet());
		List<String> halfDone = new ArrayList<>();
		for (String engagement : engagements) {
			String jobAd = jobAdOfEngagement.get(engagement);
			JsonNode writeAd = (jobAd != null) ? writeAdOfJobAd.get(jobAd) : null;
			if (writeAd == null) {
				halfDone.add(engagement + ": engagement without its job ad stage and task");
			}
			else if (!writeAd.path("endTime").isNull() && !published.contains(jobAd)) {
				halfDone.add(engagement + ": ad written but not published");
			}
		}
		assertThat(halfDone).as("half-done engagements").isEmpty();
		Http recruiter = application.as("recruiter");
		for (String engagement : acknowledged.applications) {
			Http.Answer applications = recruiter.get("/api/engagements/" + engagement + "/applications").expect(200);
			assertThat(applications.json().findValuesAsText("applicantUserId")).as("applications of " + engagement)
				.contains("contractor");
		}
		auditChainVerifies(application);
		return new Found(engagements.size(), completedTasks.size());
	}

	static void auditChainVerifies(ApplicationProcess application) {
		Http.Answer verification = application.as("auditor").get("/api/audit/verify").expect(200);
		assertThat(verification.json().path("valid").asBoolean()).as(verification.body()).isTrue();
		assertThat(verification.json().path("entriesChecked").asLong()).isPositive();
	}

	/** Every row of a Flowable list resource. */
	static List<JsonNode> all(Http http, String path) {
		Http.Answer answer = http.get(path + (path.contains("?") ? "&" : "?") + "size=100000").expect(200);
		List<JsonNode> rows = new ArrayList<>();
		answer.data().forEach(rows::add);
		assertThat(answer.json().path("total").asInt()).as(path).isEqualTo(rows.size());
		return rows;
	}

	record Found(int engagements, int completedTasks) {

	}

}
