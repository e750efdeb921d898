package org.outsourcing.lifecycle.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The engagement KPIs over a range of days. Counts are of events inside the range (an
 * engagement started before the range and hired in it counts as a hire); the open and
 * overdue tasks are as of now.
 */
public record KpiReport(LocalDate from, LocalDate to, EngagementCounts engagements, TimeToHire timeToHire,
		TrialResults trials, Map<String, Long> deadlinesBreachedByStage, Map<String, TaskLoad> tasksByGroup) {

	/**
	 * Started: top-level processes started; hired: contracts signed; completed: archived;
	 * refused: refused by the policy.
	 */
	public record EngagementCounts(long started, long hired, long completed, long refused) {
	}

	/**
	 * From the start of the engagement (defining the work) to the signed contract. The
	 * median of an even number of hires is the mean of the middle two; the 90th
	 * percentile is the nearest rank.
	 */
	public record TimeToHire(long hires, @JsonFormat(shape = JsonFormat.Shape.STRING) Duration median,
			@JsonFormat(shape = JsonFormat.Shape.STRING) Duration p90, Double medianDays, Double p90Days) {
	}

	/**
	 * Trials ended in the range by outcome; the pass rate is accepted over all three,
	 * null without trials.
	 */
	public record TrialResults(long accepted, long rejected, long failed, Double passRate) {
	}

	public record TaskLoad(long open, long overdue) {
	}

}
