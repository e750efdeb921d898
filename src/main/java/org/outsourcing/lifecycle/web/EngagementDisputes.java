package org.outsourcing.lifecycle.web;

import java.util.List;
import java.util.Set;

import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * The disputes of an engagement as its audit trail recorded them: who disputed which
 * rejection and why, and who decided what. The engagement page lists them, so the liaison
 * and the owner need not read the whole trail.
 */
@Component
class EngagementDisputes {

	private static final Set<AuditEntryType> TYPES = Set.of(AuditEntryType.DISPUTE_RAISED,
			AuditEntryType.DISPUTE_DECIDED);

	private final AuditTrail trail;

	EngagementDisputes(AuditTrail trail) {
		this.trail = trail;
	}

	List<TimelineEntry> of(String engagementId) {
		return this.trail.entriesOf(engagementId, TYPES).stream().map(TimelineEntry::of).toList();
	}

}
