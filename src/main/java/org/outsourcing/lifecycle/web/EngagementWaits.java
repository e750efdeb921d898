package org.outsourcing.lifecycle.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.job.api.Job;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngineTime;

import org.outsourcing.lifecycle.core.Deadlines;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an engagement waits for until when: the timers of its running stages (an
 * application window, a reminder, an offer's expiry, a retainer's cycle). The owner may
 * end a wait now (close the application window early) or move it later, always with a
 * reason, recorded in the audit trail in the same transaction. Admins see every wait due
 * soon or overdue.
 */
@Service
class EngagementWaits {

	static final int MAX_REASON = 2000;

	static final int LIMIT = 200;

	private final ManagementService management;

	private final RepositoryService repository;

	private final EngagementOverview overview;

	private final ProcessNames names;

	private final AuditTrail trail;

	private final EngineTime time;

	EngagementWaits(ManagementService management, RepositoryService repository, EngagementOverview overview,
			ProcessNames names, AuditTrail trail, EngineTime time) {
		this.management = management;
		this.repository = repository;
		this.overview = overview;
		this.names = names;
		this.trail = trail;
		this.time = time;
	}

	/** One wait: the timer's name, the stage it is in, when it fires. */
	record Wait(String jobId, String what, String stage, String engagementId, String engagementTitle, Instant due,
			boolean overdue) {
	}

	/** The engagement's waits, soonest first. */
	List<Wait> of(String engagementId) {
		List<Job> timers = new ArrayList<>();
		for (String processInstanceId : running(engagementId)) {
			timers.addAll(this.management.createTimerJobQuery().processInstanceId(processInstanceId).list());
		}
		return waits(timers);
	}

	/**
	 * Every engagement's waits that are overdue or fire within this time, soonest first.
	 */
	List<Wait> dueWithin(Duration within) {
		return waits(this.management.createTimerJobQuery()
			.duedateLowerThan(Date.from(this.time.now().plus(within)))
			.orderByJobDuedate()
			.asc()
			.listPage(0, LIMIT));
	}

	/** Ends the wait now: what follows the timer happens at once, in this transaction. */
	@Transactional
	Wait endNow(String engagementId, String jobId, String reason) {
		Wait wait = find(engagementId, jobId);
		requireReason(reason);
		Job executable = this.management.moveTimerToExecutableJob(jobId);
		this.management.executeJob(executable.getId());
		record(engagementId, wait, "end the wait now", reason, wait.due(), this.time.now());
		return wait;
	}

	/**
	 * Moves the wait to a later day, keeping its time of day (UTC).
	 * @param until the new day, ISO {@code yyyy-MM-dd}
	 */
	@Transactional
	Wait extend(String engagementId, String jobId, String until, String reason) {
		Wait wait = find(engagementId, jobId);
		if (repeats(this.management.createTimerJobQuery().jobId(jobId).singleResult())) {
			// rescheduling would replace the cycle by one date
			throw new FlowableIllegalArgumentException(
					"until: '" + wait.what() + "' repeats on a cycle and cannot be moved; end this round now instead");
		}
		LocalDate day;
		try {
			day = LocalDate.parse((until != null) ? until.strip() : "");
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FlowableIllegalArgumentException("until: enter the new date as yyyy-MM-dd");
		}
		Instant due = day.atTime(wait.due().atOffset(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
		if (!due.isAfter(wait.due()) || !due.isAfter(this.time.now())) {
			throw new FlowableIllegalArgumentException("until: must be later than the current deadline ("
					+ wait.due().atOffset(ZoneOffset.UTC).toLocalDate() + ") and than today");
		}
		LocalDate furthest = this.time.now().atOffset(ZoneOffset.UTC).toLocalDate().plus(Deadlines.LONGEST);
		if (day.isAfter(furthest)) {
			// the same bound as a deadline set at the start: a typo must not park an
			// engagement for centuries
			throw new FlowableIllegalArgumentException(
					"until: must be at most two years ahead (" + furthest + " at the latest)");
		}
		requireReason(reason);
		this.management.rescheduleTimeDateJob(jobId, due.toString());
		record(engagementId, wait, "extend the deadline", reason, wait.due(), due);
		return wait;
	}

	private boolean repeats(Job job) {
		return this.repository.getBpmnModel(job.getProcessDefinitionId())
			.getFlowElement(job.getElementId()) instanceof Event event
				&& event.getEventDefinitions()
					.stream()
					.anyMatch((definition) -> definition instanceof TimerEventDefinition timer
							&& timer.getTimeCycle() != null);
	}

	private Wait find(String engagementId, String jobId) {
		Job job = this.management.createTimerJobQuery().jobId(jobId).singleResult();
		if (job == null || !running(engagementId).contains(job.getProcessInstanceId())) {
			throw new FlowableObjectNotFoundException(
					"Engagement " + engagementId + " no longer waits for this; it may have happened meanwhile",
					Job.class);
		}
		return waits(List.of(job)).get(0);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FlowableIllegalArgumentException("reason: is required; say why, it goes to the audit trail");
		}
		if (reason.length() > MAX_REASON) {
			throw new FlowableIllegalArgumentException("reason: has at most " + MAX_REASON + " characters");
		}
	}

	private void record(String engagementId, Wait wait, String action, String reason, Instant dueBefore,
			Instant dueAfter) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("action", action);
		details.put("what", wait.what());
		details.put("stage", wait.stage());
		details.put("jobId", wait.jobId());
		details.put("dueBefore", dueBefore.toString());
		details.put("dueAfter", dueAfter.toString());
		details.put("reason", reason.strip());
		details.put("via", "engagement page");
		this.trail.record(
				AuditEvent.of(engagementId, AuditEntryType.ADMIN_INTERVENTION, CurrentUser.actorId(), null, details));
	}

	private Set<String> running(String engagementId) {
		return this.overview.stages(engagementId)
			.stream()
			.filter((stage) -> stage.ended() == null)
			.map(StagePath::processInstanceId)
			.collect(Collectors.toSet());
	}

	private List<Wait> waits(List<Job> timers) {
		Map<String, ProcessNames.Engagement> engagements = this.names.engagementsOf(
				timers.stream().map(Job::getProcessInstanceId).filter((id) -> id != null).collect(Collectors.toSet()));
		Instant now = this.time.now();
		return timers.stream().map((job) -> {
			ProcessNames.Engagement engagement = engagements.get(job.getProcessInstanceId());
			Instant due = job.getDuedate().toInstant();
			return new Wait(job.getId(), (job.getElementName() != null) ? job.getElementName() : job.getElementId(),
					this.names.stage(job.getProcessDefinitionId()).name(),
					(engagement != null) ? engagement.id() : null, (engagement != null) ? engagement.title() : null,
					due, due.isBefore(now));
		}).sorted(Comparator.comparing(Wait::due)).toList();
	}

}
