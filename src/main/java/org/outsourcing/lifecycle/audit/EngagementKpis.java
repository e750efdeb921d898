package org.outsourcing.lifecycle.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the engagement KPIs from the engagement records and the engine's history. */
@Service
public class EngagementKpis {

	/** The top-level process of an engagement. */
	static final String ENGAGEMENT_PROCESS = "outsourcingEngagement";

	/**
	 * A hire is this task of the contract stage, completed (not cancelled by its expiry).
	 */
	static final String CONTRACT_PROCESS = "contract";

	static final String SIGN_CONTRACT_TASK = "signContract";

	static final String TRIAL_PROCESS = "trialTask";

	/**
	 * Open tasks assigned to a person without any candidate group, e.g. the contractor's.
	 */
	static final String NO_GROUP = "(assigned to a person)";

	private final HistoryService history;

	private final TaskService tasks;

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final ObjectMapper json;

	public EngagementKpis(HistoryService history, TaskService tasks, JdbcClient jdbc, EngineTime time,
			ObjectMapper json) {
		this.history = history;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.time = time;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public KpiReport report(KpiRange range) {
		long started = this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ENGAGEMENT_PROCESS)
			.startedAfter(range.queryStart())
			.startedBefore(range.queryEnd())
			.list()
			.stream()
			.filter((instance) -> instance.getSuperProcessInstanceId() == null)
			.filter((instance) -> range.contains(instance.getStartTime()))
			.count();
		List<Duration> timesToHire = timesToHire(range);
		KpiReport.EngagementCounts counts = new KpiReport.EngagementCounts(started, timesToHire.size(),
				reachedStatus(EngagementStatus.ARCHIVED, range), reachedStatus(EngagementStatus.REFUSED, range));
		return new KpiReport(range.from(), range.to(), counts, Percentiles.timeToHire(timesToHire), trials(range),
				deadlinesBreached(range), taskLoad());
	}

	/** One per engagement that signed in the range: its first signature. */
	private List<Duration> timesToHire(KpiRange range) {
		Map<String, Instant> signedByEngagement = new HashMap<>();
		Map<String, Instant> startOfEngagement = new HashMap<>();
		for (HistoricTaskInstance signed : this.history.createHistoricTaskInstanceQuery()
			.processDefinitionKey(CONTRACT_PROCESS)
			.taskDefinitionKey(SIGN_CONTRACT_TASK)
			.finished()
			.taskCompletedAfter(range.queryStart())
			.taskCompletedBefore(range.queryEnd())
			.list()) {
			if (signed.getDeleteReason() != null || !range.contains(signed.getEndTime())) {
				continue;
			}
			HistoricProcessInstance root = root(signed.getProcessInstanceId());
			signedByEngagement.merge(root.getId(), signed.getEndTime().toInstant(),
					(first, next) -> first.isBefore(next) ? first : next);
			startOfEngagement.put(root.getId(), root.getStartTime().toInstant());
		}
		List<Duration> durations = new ArrayList<>();
		signedByEngagement.forEach(
				(engagement, signed) -> durations.add(Duration.between(startOfEngagement.get(engagement), signed)));
		return durations;
	}

	private HistoricProcessInstance root(String processInstanceId) {
		HistoricProcessInstance instance = instance(processInstanceId);
		while (instance.getSuperProcessInstanceId() != null) {
			HistoricProcessInstance parent = instance(instance.getSuperProcessInstanceId());
			if (parent == null) {
				break;
			}
			instance = parent;
		}
		return instance;
	}

	private HistoricProcessInstance instance(String id) {
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	/**
	 * The status is final for these, so the last change of the record is when it was
	 * reached.
	 */
	private long reachedStatus(EngagementStatus status, KpiRange range) {
		return this.jdbc.sql("SELECT COUNT(*) FROM engagement WHERE status = ? AND updated_at >= ? AND updated_at < ?")
			.params(status.name(), Timestamp.from(range.start()), Timestamp.from(range.endExclusive()))
			.query(Long.class)
			.single();
	}

	private KpiReport.TrialResults trials(KpiRange range) {
		Map<String, Long> outcomes = new HashMap<>();
		this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(TRIAL_PROCESS)
			.finishedAfter(range.queryStart())
			.finishedBefore(range.queryEnd())
			.includeProcessVariables()
			.list()
			.stream()
			.filter((trial) -> range.contains(trial.getEndTime()))
			.map((trial) -> trial.getProcessVariables().get(EngagementVariables.TRIAL_OUTCOME))
			.filter((outcome) -> outcome != null)
			.forEach((outcome) -> outcomes.merge(outcome.toString(), 1L, Long::sum));
		long accepted = outcomes.getOrDefault("accepted", 0L);
		long rejected = outcomes.getOrDefault("rejected", 0L);
		long failed = outcomes.getOrDefault("failed", 0L);
		long all = accepted + rejected + failed;
		Double passRate = (all == 0) ? null
				: BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP).doubleValue();
		return new KpiReport.TrialResults(accepted, rejected, failed, passRate);
	}

	/**
	 * Every timer on a task that fired, reminders and escalations included, by the stage
	 * it belongs to. Read from the audit trail's timer entries: the engine's activity
	 * history also keeps boundary events that were only waiting and never fired.
	 */
	private Map<String, Long> deadlinesBreached(KpiRange range) {
		Map<String, Long> byStage = new TreeMap<>();
		this.jdbc
			.sql("SELECT process_definition_key, details FROM audit_entry WHERE entry_type = ? "
					+ "AND recorded_at >= ? AND recorded_at < ?")
			.params(AuditEntryType.TIMER_FIRED.name(), Timestamp.from(range.start()),
					Timestamp.from(range.endExclusive()))
			.query((rs) -> {
				if (rs.getString("process_definition_key") != null && onATask(rs.getString("details"))) {
					byStage.merge(rs.getString("process_definition_key"), 1L, Long::sum);
				}
			});
		return byStage;
	}

	private boolean onATask(String details) {
		try {
			return this.json.readTree(details).hasNonNull("attachedTo");
		}
		catch (JsonProcessingException ex) {
			// An entry edited into garbage is for verify to report; it is no deadline.
			return false;
		}
	}

	private Map<String, KpiReport.TaskLoad> taskLoad() {
		Instant now = this.time.now();
		Map<String, long[]> counts = new TreeMap<>();
		for (Task task : this.tasks.createTaskQuery().includeIdentityLinks().list()) {
			List<String> groups = task.getIdentityLinks()
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLinkInfo::getGroupId)
				.distinct()
				.toList();
			boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
			for (String group : groups.isEmpty() ? List.of(NO_GROUP) : groups) {
				long[] load = counts.computeIfAbsent(group, (key) -> new long[2]);
				load[0]++;
				load[1] += overdue ? 1 : 0;
			}
		}
		Map<String, KpiReport.TaskLoad> load = new TreeMap<>();
		counts.forEach((group, numbers) -> load.put(group, new KpiReport.TaskLoad(numbers[0], numbers[1])));
		return load;
	}

}
