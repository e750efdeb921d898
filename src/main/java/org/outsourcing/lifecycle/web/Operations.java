package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed and dead-letter jobs, and retrying one. A retry is an admin intervention in a
 * running engagement, so it is written to the audit trail in the same transaction.
 */
@Service
class Operations {

	/** A retried job gets as many tries as a new one. */
	static final int RETRIES = 3;

	static final int LIMIT = 200;

	private final ManagementService management;

	private final ProcessNames names;

	private final AuditTrail trail;

	Operations(ManagementService management, ProcessNames names, AuditTrail trail) {
		this.management = management;
		this.names = names;
		this.trail = trail;
	}

	List<FailedJob> failedJobs() {
		List<FailedJob> jobs = new ArrayList<>();
		List<Job> dead = this.management.createDeadLetterJobQuery().orderByJobCreateTime().desc().listPage(0, LIMIT);
		List<Job> failing = this.management.createJobQuery().withException().listPage(0, LIMIT);
		List<Job> timers = this.management.createTimerJobQuery().withException().listPage(0, LIMIT);
		Map<String, ProcessNames.Engagement> engagements = this.names
			.engagementsOf(java.util.stream.Stream.of(dead, failing, timers)
				.flatMap(List::stream)
				.map(Job::getProcessInstanceId)
				.filter((id) -> id != null)
				.collect(Collectors.toSet()));
		add(jobs, dead, "Dead letter: retries used up", true, this.management::getDeadLetterJobExceptionStacktrace,
				engagements);
		add(jobs, failing, "Failed, will be retried", false, this.management::getJobExceptionStacktrace, engagements);
		add(jobs, timers, "Failed, will be retried", false, this.management::getTimerJobExceptionStacktrace,
				engagements);
		return jobs;
	}

	/**
	 * Gives a failed job new tries; a dead-letter job goes back to the executable jobs.
	 * @return the job's element name, or null when the job is gone
	 */
	@Transactional
	String retry(String jobId) {
		Job job = this.management.createDeadLetterJobQuery().jobId(jobId).singleResult();
		String action;
		if (job != null) {
			this.management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
			action = "dead-letter job moved back to executable jobs";
		}
		else if ((job = this.management.createTimerJobQuery().jobId(jobId).singleResult()) != null) {
			this.management.setTimerJobRetries(jobId, RETRIES);
			action = "timer job retries reset";
		}
		else if ((job = this.management.createJobQuery().jobId(jobId).singleResult()) != null) {
			this.management.setJobRetries(jobId, RETRIES);
			action = "job retries reset";
		}
		else {
			return null;
		}
		String engagementId = (job.getProcessInstanceId() != null)
				? this.names.engagementsOf(Set.of(job.getProcessInstanceId()))
					.getOrDefault(job.getProcessInstanceId(), new ProcessNames.Engagement(null, null))
					.id()
				: null;
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("action", "retry job");
		details.put("what", action);
		details.put("jobId", jobId);
		details.put("element", job.getElementId());
		details.put("retries", RETRIES);
		details.put("lastError", job.getExceptionMessage());
		details.put("via", "operations page");
		this.trail.record(AuditEvent.of(engagementId, AuditEntryType.ADMIN_INTERVENTION, CurrentUser.actorId(),
				job.getProcessInstanceId(), details));
		return (job.getElementName() != null) ? job.getElementName() : jobId;
	}

	private static void add(List<FailedJob> into, List<Job> jobs, String kind, boolean deadLetter,
			Function<String, String> stacktrace, Map<String, ProcessNames.Engagement> engagements) {
		for (Job job : jobs) {
			ProcessNames.Engagement engagement = engagements.get(job.getProcessInstanceId());
			into.add(new FailedJob(job.getId(), kind, deadLetter, job.getProcessInstanceId(),
					(engagement != null) ? engagement.id() : null,
					(job.getElementName() != null) ? job.getElementName() : job.getElementId(),
					job.getExceptionMessage(), stacktrace.apply(job.getId()), job.getRetries(),
					instant(job.getDuedate())));
		}
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
