package org.outsourcing.lifecycle.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit API: the timeline as JSON, CSV and JSON Lines, and the chain's verification.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditApiTest {

	private static final RequestPostProcessor AUDITOR = user("auditor")
		.authorities(new SimpleGrantedAuthority("GROUP_auditor"));

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail trail;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	private String engagementId;

	@BeforeEach
	void runStageZero() {
		ProcessInstance stage = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(AuditTrailProcessTest.definition("paymentCardData", false, false))
			.start();
		this.engagementId = stage.getId();
	}

	@Test
	void jsonAndBothExportsParseBackToTheStoredEntries() throws Exception {
		List<AuditEntry> stored = this.trail.entriesOf(this.engagementId);
		assertThat(stored).hasSizeGreaterThan(10);

		String asJson = this.mvc.perform(get("/api/engagements/{id}/audit", this.engagementId).with(AUDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readValue(asJson, new TypeReference<List<AuditEntry>>() {
		})).isEqualTo(stored);

		String asJsonLines = this.mvc
			.perform(get("/api/engagements/{id}/audit", this.engagementId).param("format", "jsonl").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/x-ndjson;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<AuditEntry> fromLines = new ArrayList<>();
		for (String line : asJsonLines.split("\n")) {
			fromLines.add(this.json.readValue(line, AuditEntry.class));
		}
		assertThat(fromLines).isEqualTo(stored);

		String asCsv = this.mvc
			.perform(get("/api/engagements/{id}/audit", this.engagementId).header("Accept", "text/csv").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"engagement-" + this.engagementId + "-audit.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<List<String>> rows = Csv.parse(asCsv);
		assertThat(rows.get(0)).isEqualTo(AuditExport.CSV_COLUMNS);
		List<AuditEntry> fromCsv = rows.subList(1, rows.size()).stream().map(this::fromCsvRow).toList();
		assertThat(fromCsv).isEqualTo(stored);
	}

	@Test
	void theDecisionInTheExportCarriesItsInputsAndOutputs() throws Exception {
		this.mvc.perform(get("/api/engagements/{id}/audit", this.engagementId).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.type == 'DECISION_EVALUATED' && @.activityId == 'determineDataProtection')]"
					+ ".details.inputs.dataSensitivity")
				.value("paymentCardData"))
			.andExpect(jsonPath("$[?(@.type == 'DECISION_EVALUATED' && @.activityId == 'determineDataProtection')]"
					+ ".details.outputs[0].accessLevel")
				.value("maskedCardData"));
	}

	@Test
	void anUnknownEngagementIsNotFound() throws Exception {
		this.mvc.perform(get("/api/engagements/{id}/audit", "no-such-engagement").with(AUDITOR))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No engagement with id 'no-such-engagement'"));
		this.mvc
			.perform(
					get("/api/engagements/{id}/audit", "no-such-engagement").header("Accept", "text/csv").with(AUDITOR))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No engagement with id 'no-such-engagement'"));
	}

	@Test
	void anUnknownFormatIsABadRequestNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/engagements/{id}/audit", this.engagementId).param("format", "xml").with(AUDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("format"))
			.andExpect(jsonPath("$.detail")
				.value("Parameter 'format': 'xml' is not an export format; use json, csv or jsonl"));
	}

	@Test
	void verifyReportsTheWholeChain() throws Exception {
		this.mvc.perform(get("/api/audit/verify").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entriesChecked")
				.value(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()))
			.andExpect(jsonPath("$.firstBrokenEntry").doesNotExist());
	}

	private AuditEntry fromCsvRow(List<String> row) {
		try {
			return new AuditEntry(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), blankToNull(row.get(2)),
					Instant.parse(row.get(3)), AuditEntryType.valueOf(row.get(4)), row.get(5), blankToNull(row.get(6)),
					blankToNull(row.get(7)), blankToNull(row.get(8)), blankToNull(row.get(9)),
					this.json.readTree(row.get(10)), row.get(11), row.get(12));
		}
		catch (Exception ex) {
			throw new AssertionError("Unreadable CSV row " + row, ex);
		}
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/**
	 * A strict RFC 4180 reader, so the test does not trust the writer's own assumptions.
	 */
	static final class Csv {

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i++;
				}
				else {
					field.append(c);
				}
			}
			return rows;
		}

	}

}
