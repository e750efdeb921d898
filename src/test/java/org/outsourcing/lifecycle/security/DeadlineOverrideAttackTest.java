package org.outsourcing.lifecycle.security;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 8 (deadlines): {@code applicationWindow=P-5D} was accepted at the start
 * and failed later with a 500; {@code P999999999D} scheduled a timer in the year 2739933.
 * A deadline override is a positive ISO 8601 duration of at most two years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class DeadlineOverrideAttackTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@ParameterizedTest
	@ValueSource(strings = { "P-5D", "P999999999D", "P0D", "PT0S", "-PT5H", "P3Y", "P25M", "P732D", "R/P-7D",
			"R/P999999999D" })
	void aDeadlineOutOfBoundsRefusesTheStart(String applicationWindow) throws JsonProcessingException {
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey("outsourcingEngagement").count();
		Response started = start(applicationWindow);
		assertThat(started.status()).as(started.body()).isEqualTo(400);
		assertThat(started.body()).contains("applicationWindow").doesNotContain("Exception");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey("outsourcingEngagement").count())
			.isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "P2Y", "P24M", "PT1H", "P14D" })
	void aDeadlineWithinTwoYearsIsTaken(String applicationWindow) throws JsonProcessingException {
		Response started = start(applicationWindow);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
	}

	private Response start(String applicationWindow) throws JsonProcessingException {
		Map<String, Object> definition = new HashMap<>(DefineWorkProcessTest.definition("none", false, false));
		definition.put("applicationWindow", applicationWindow);
		List<Map<String, Object>> variables = definition.entrySet()
			.stream()
			.map((entry) -> Map.<String, Object>of("name", entry.getKey(), "value",
					(entry.getValue() instanceof BigDecimal decimal) ? decimal.doubleValue() : entry.getValue()))
			.toList();
		return new ApiClient(this.port, "owner", "demo").post("/process-api/runtime/process-instances", JSON
			.writeValueAsString(Map.of("processDefinitionKey", "outsourcingEngagement", "variables", variables)));
	}

}
