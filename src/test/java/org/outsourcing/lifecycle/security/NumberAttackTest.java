package org.outsourcing.lifecycle.security;

import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.recruitment.Applications;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5: {@code "hourlyRate": 1e999999999} is a few bytes of JSON, passed the
 * checks and then exhausted the memory when written out as plain digits. Numbers are
 * bounded in digits and scale before any arithmetic; the answer is a 400 naming the
 * field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class NumberAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	Applications applications;

	@Test
	void aHugeRateIsRefusedNamingTheField() {
		String id = this.runtime
			.startProcessInstanceByKey("outsourcingEngagement", DefineWorkProcessTest.definition("none", false, false))
			.getId();
		this.engine.complete(id, "writeAd", "recruiter",
				Map.of("adHeadline", "Freelance newsletter writer", "requirements", "Three years",
						"applicationInstruction", "Start with the word Pineapple", "form_writeAd_outcome", "publish"));
		for (String rate : new String[] { "1e999999999", "1e-999999999", "12345678901234567890.5" }) {
			Response applied = new ApiClient(this.port, "contractor", "demo").post(
					"/api/engagements/" + id + "/applications",
					"{\"applicantName\": \"Carla\", \"email\": \"carla@example.com\", \"coverLetter\": \"Pineapple\", "
							+ "\"samplesUrl\": \"https://carla.example.com\", \"instructionAnswer\": \"Pineapple\", "
							+ "\"hourlyRate\": " + rate + "}");
			assertThat(applied.status()).as(rate + ": " + applied.body()).isEqualTo(400);
			assertThat(applied.body()).contains("hourlyRate");
		}
		assertThat(this.applications.forEngagement(id)).isEmpty();
	}

}
