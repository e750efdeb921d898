package org.outsourcing.lifecycle.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One link of the audit chain as stored. {@code sequence} is the position in the one
 * global chain, so the entries of one engagement have gaps where other engagements wrote.
 */
public record AuditEntry(long sequence, String engagementId, Instant timestamp, AuditEntryType type, String actor,
		String processInstanceId, String processDefinitionKey, String activityId, String activityName, JsonNode details,
		String previousHash, String hash) {
}
