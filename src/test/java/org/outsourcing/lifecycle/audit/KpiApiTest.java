package org.outsourcing.lifecycle.audit;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The KPI endpoint: its range parameters and the shape of its answer. */
@SpringBootTest
@AutoConfigureMockMvc
class KpiApiTest {

	private static final RequestPostProcessor OWNER = user("owner")
		.authorities(new SimpleGrantedAuthority("GROUP_owner"));

	@Autowired
	MockMvc mvc;

	@Test
	void aRangeIsReportedWithEveryKpi() throws Exception {
		this.mvc.perform(get("/api/kpis").param("from", "2026-01-01").param("to", "2026-01-31").with(OWNER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-01-01"))
			.andExpect(jsonPath("$.to").value("2026-01-31"))
			.andExpect(jsonPath("$.engagements.started").value(0))
			.andExpect(jsonPath("$.engagements.hired").value(0))
			.andExpect(jsonPath("$.engagements.completed").value(0))
			.andExpect(jsonPath("$.engagements.refused").value(0))
			.andExpect(jsonPath("$.timeToHire.hires").value(0))
			.andExpect(jsonPath("$.trials.passRate").doesNotExist())
			.andExpect(jsonPath("$.deadlinesBreachedByStage").isMap())
			.andExpect(jsonPath("$.tasksByGroup").isMap());
	}

	@Test
	void withoutDatesTheLastThirtyDaysAreReported() throws Exception {
		this.mvc.perform(get("/api/kpis").with(OWNER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").isString())
			.andExpect(jsonPath("$.to").isString());
	}

	@Test
	void fromAfterToIsABadRequestNamingFrom() throws Exception {
		this.mvc.perform(get("/api/kpis").param("from", "2026-05-02").param("to", "2026-05-01").with(OWNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.detail").value("Parameter 'from': from (2026-05-02) is after to (2026-05-01)"));
	}

	@Test
	void aMalformedDateIsABadRequestNamingItsParameter() throws Exception {
		this.mvc.perform(get("/api/kpis").param("from", "2026-13-01").with(OWNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(
					jsonPath("$.detail").value("Parameter 'from': '2026-13-01' is not an ISO date such as 2026-05-01"));
		this.mvc.perform(get("/api/kpis").param("from", "2026-01-01").param("to", "yesterday").with(OWNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
	}

}
