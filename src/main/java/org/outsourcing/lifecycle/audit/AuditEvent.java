package org.outsourcing.lifecycle.audit;

import java.util.Map;

/**
 * What a writer asks the trail to record; the trail adds the sequence, the time and the
 * hashes.
 */
public record AuditEvent(String engagementId, AuditEntryType type, String actor, String processInstanceId,
		String processDefinitionKey, String activityId, String activityName, Map<String, Object> details) {

	public AuditEvent {
		details = (details != null) ? details : Map.of();
	}

	/** An event outside any process step (notification, access, admin intervention). */
	public static AuditEvent of(String engagementId, AuditEntryType type, String actor, String processInstanceId,
			Map<String, Object> details) {
		return new AuditEvent(engagementId, type, actor, processInstanceId, null, null, null, details);
	}

}
