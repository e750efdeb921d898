package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.outsourcing.lifecycle.audit.AuditEntry;

/** An audit entry in words: what happened, by whom, where, with its details listed. */
record TimelineEntry(long sequence, Instant time, String what, String type, String actor, String stage, String step,
		List<Detail> details) {

	static TimelineEntry of(AuditEntry entry) {
		String type = entry.type().name();
		String what = type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
		return new TimelineEntry(entry.sequence(), entry.timestamp(), what, type, entry.actor(),
				entry.processDefinitionKey(),
				(entry.activityName() != null) ? entry.activityName() : entry.activityId(), details(entry.details()));
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
