package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * Whether a candidate can do the work when it must be done: available for the whole
 * schedule, and for time-critical work with at least the working-hour overlap the owner
 * asked for. The overlap is computed, not declared: the owner's and the candidate's
 * working hours in their time zones, on every date from today up to the cut-off date (the
 * next {@value #WEEKS_WITHOUT_CUT_OFF} weeks without one, a year at most), the shortest
 * day counting, so a daylight-saving switch that shrinks it counts.
 */
@Component("availability")
public class Availability {

	static final long WEEKS_WITHOUT_CUT_OFF = 8;

	private static final long MAX_DAYS = 366;

	private final EngineTime time;

	Availability(EngineTime time) {
		this.time = time;
	}

	/** The verdict on a candidate's answer to {@code confirmAvailability}. */
	Verdict judge(VariableContainer execution) {
		Optional<Duration> overlap = overlap(execution);
		if (!"confirm".equals(execution.getVariable(RecruitmentVariables.CONFIRM_AVAILABILITY_OUTCOME))
				|| !Variables.bool(execution, RecruitmentVariables.AVAILABLE_FOR_SCHEDULE)) {
			return new Verdict(false, overlap, "are not available for the whole schedule up to the cut-off date");
		}
		Integer needed = Variables.integer(execution, RecruitmentVariables.OVERLAP_HOURS);
		if (!Variables.bool(execution, RecruitmentVariables.TIME_CRITICAL) || needed == null || needed <= 0) {
			return new Verdict(true, overlap, null);
		}
		if (overlap.isEmpty()) {
			return new Verdict(false, overlap,
					"cannot be checked for the " + needed + " working hours of overlap the work needs: "
							+ "the owner's or your time zone and working hours are missing");
		}
		if (overlap.get().compareTo(Duration.ofHours(needed)) < 0) {
			return new Verdict(false, overlap,
					"overlap with the owner's working hours by only " + hours(overlap.get()) + " hours on some days ("
							+ owner(execution).orElseThrow() + " and yours " + candidate(execution).orElseThrow()
							+ ", daylight saving included) and the work needs " + needed);
		}
		return new Verdict(true, overlap, null);
	}

	/**
	 * The shortest daily overlap of the owner's and the candidate's working hours over
	 * the schedule; empty when either is not known.
	 */
	Optional<Duration> overlap(VariableContainer execution) {
		Optional<WorkingHours> owner = owner(execution);
		Optional<WorkingHours> candidate = candidate(execution);
		if (owner.isEmpty() || candidate.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.ofInstant(this.time.now(), owner.get().zone());
		LocalDate last = cutOff(execution).filter((date) -> !date.isBefore(today))
			.orElse(today.plusWeeks(WEEKS_WITHOUT_CUT_OFF));
		if (last.isAfter(today.plusDays(MAX_DAYS))) {
			last = today.plusDays(MAX_DAYS);
		}
		return Optional.of(WorkingHours.minimumDailyOverlap(owner.get(), candidate.get(), today, last));
	}

	/** Hours with at most two decimals, e.g. 2.5. */
	static BigDecimal hours(Duration overlap) {
		return BigDecimal.valueOf(overlap.toMinutes())
			.divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN)
			.stripTrailingZeros();
	}

	private static Optional<WorkingHours> owner(VariableContainer execution) {
		return hours(execution, RecruitmentVariables.OWNER_TIME_ZONE, RecruitmentVariables.OWNER_WORK_START,
				RecruitmentVariables.OWNER_WORK_END);
	}

	private static Optional<WorkingHours> candidate(VariableContainer execution) {
		return hours(execution, RecruitmentVariables.CANDIDATE_TIME_ZONE, RecruitmentVariables.CANDIDATE_WORK_START,
				RecruitmentVariables.CANDIDATE_WORK_END);
	}

	private static Optional<WorkingHours> hours(VariableContainer execution, String zone, String start, String end) {
		String zoneId = Variables.text(execution, zone);
		String from = Variables.text(execution, start);
		String to = Variables.text(execution, end);
		if (zoneId == null || from == null || to == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new WorkingHours(ZoneId.of(zoneId), LocalTime.parse(from), LocalTime.parse(to)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> cutOff(VariableContainer execution) {
		Object value = execution.getVariable(EngagementVariables.CUT_OFF_DATE);
		try {
			return Optional.ofNullable((value != null) ? LocalDate.parse(value.toString()) : null);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @param overlap the computed daily overlap, empty when it could not be computed
	 * @param refusal why the candidate does not fit, in words after "because you", or
	 * null
	 */
	record Verdict(boolean fits, Optional<Duration> overlap, String refusal) {
	}

}
