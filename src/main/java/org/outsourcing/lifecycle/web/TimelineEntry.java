package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;

/** An audit entry in words: what happened, by whom, where, with its details listed. */
record TimelineEntry(long sequence, Instant time, String what, String type, String actor, String stage, String step,
		List<Detail> details, String raw) {

	static TimelineEntry of(AuditEntry entry) {
		return of(entry, entry.actor());
	}

	/**
	 * @param actorName how the page names the actor (a person's name)
	 */
	static TimelineEntry of(AuditEntry entry, String actorName) {
		return new TimelineEntry(entry.sequence(), entry.timestamp(), label(entry.type()), entry.type().name(),
				actorName, entry.processDefinitionKey(),
				(entry.activityName() != null) ? entry.activityName() : entry.activityId(), details(entry.details()),
				(entry.details() != null) ? entry.details().toPrettyString() : "");
	}

	/** {@code TASK_COMPLETED} as "Task completed". */
	static String label(AuditEntryType type) {
		String name = type.name();
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static List<Detail> details(JsonNode details) {
		List<Detail> list = new ArrayList<>();
		if (details == null) {
			return list;
		}
		if (!details.isObject()) {
			list.add(new Detail("", details.asText()));
			return list;
		}
		details.fields()
			.forEachRemaining((field) -> list.add(new Detail(field.getKey(),
					field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString())));
		return list;
	}

	record Detail(String name, String value) {
	}

}
