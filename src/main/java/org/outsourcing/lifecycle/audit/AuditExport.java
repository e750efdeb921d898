package org.outsourcing.lifecycle.audit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The audit trail as files an auditor opens elsewhere: CSV (RFC 4180, one row per entry,
 * the details as JSON text) and JSON Lines (one entry per line). Both carry the hashes,
 * so an export can be checked against the chain.
 */
@Component
public class AuditExport {

	static final List<String> CSV_COLUMNS = List.of("sequence", "chainPosition", "engagementId", "timestamp", "type",
			"actor", "processInstanceId", "processDefinitionKey", "activityId", "activityName", "details",
			"previousHash", "hash");

	private final ObjectMapper json;

	AuditExport(ObjectMapper json) {
		this.json = json;
	}

	private static final String FORMULA_START = "=+-@\t\r";

	public String csv(List<AuditEntry> entries) {
		StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
		for (AuditEntry entry : entries) {
			csv.append(Arrays
				.asList(String.valueOf(entry.sequence()), String.valueOf(entry.chainPosition()), entry.engagementId(),
						entry.timestamp().toString(), entry.type().name(), entry.actor(), entry.processInstanceId(),
						entry.processDefinitionKey(), entry.activityId(), entry.activityName(),
						entry.details().toString(), entry.previousHash(), entry.hash())
				.stream()
				.map(AuditExport::csvField)
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return csv.toString();
	}

	public String jsonLines(List<AuditEntry> entries) {
		StringBuilder lines = new StringBuilder();
		for (AuditEntry entry : entries) {
			try {
				lines.append(this.json.writeValueAsString(entry)).append('\n');
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Audit entry " + entry.sequence() + " cannot be written as JSON", ex);
			}
		}
		return lines.toString();
	}

	/**
	 * Empty for null; quoted when it holds a separator, a quote or a line break. A value
	 * that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -},
	 * {@code @}, a tab or carriage return first) gets a leading apostrophe, so opening
	 * the export never runs what a user typed or named themselves.
	 */
	private static String csvField(String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
			return "\"'" + value.replace("\"", "\"\"") + "\"";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
