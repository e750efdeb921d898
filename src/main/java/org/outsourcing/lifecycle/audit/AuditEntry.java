package org.outsourcing.lifecycle.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One link of an audit chain as stored: {@code chainPosition} is its place in the chain
 * of its engagement (1, 2, 3 …), {@code previousHash} the hash of the entry before it
 * there; {@code sequence} numbers the entries of all engagements in the order they were
 * written, with gaps.
 */
public record AuditEntry(long sequence, long chainPosition, String engagementId, Instant timestamp, AuditEntryType type,
		String actor, String processInstanceId, String processDefinitionKey, String activityId, String activityName,
		JsonNode details, String previousHash, String hash) {
}
