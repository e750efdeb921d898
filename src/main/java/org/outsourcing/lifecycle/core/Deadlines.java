package org.outsourcing.lifecycle.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.springframework.stereotype.Component;

/**
 * Every deadline of the lifecycle is an ISO 8601 process variable with a default from
 * {@code lifecycle.deadlines}. Models read them as {@code ${deadlines.of(execution,
 * 'screeningSla')}}, so an engagement that sets {@code screeningSla = P1D} gets a one-day
 * SLA and all others get the default, also when a stage process is started on its own.
 */
@Component("deadlines")
public class Deadlines {

	/**
	 * The longest deadline an engagement may set, and the furthest a wait may be moved.
	 */
	public static final Period LONGEST = Period.ofYears(2);

	private static final int LONGEST_DAYS = 731;

	private final Map<String, String> defaults;

	public Deadlines(LifecycleProperties properties) {
		this.defaults = new TreeMap<>(properties.deadlines());
		this.defaults.forEach(Deadlines::requireValid);
	}

	public String of(VariableContainer scope, String name) {
		Object override = scope.getVariable(name);
		if (override instanceof String value && !value.isBlank()) {
			return requireValid(name, value.trim());
		}
		String value = this.defaults.get(name);
		if (value == null) {
			throw new FlowableIllegalArgumentException(
					"No deadline named '" + name + "'; known deadlines: " + String.join(", ", this.defaults.keySet()));
		}
		return value;
	}

	/**
	 * Checks every deadline the scope overrides, so a typo fails the request that set it.
	 */
	public void requireValidOverrides(VariableContainer scope) {
		this.defaults.keySet().forEach((name) -> {
			Object override = scope.getVariable(name);
			if (override != null && !override.toString().isBlank()) {
				requireValid(name, override.toString().trim());
			}
		});
	}

	/** When the named deadline falls for something that starts at {@code start}. */
	public Instant due(VariableContainer scope, String name, Instant start) {
		return plus(start, of(scope, name));
	}

	/** {@code start} plus an ISO 8601 duration such as P14D or PT24H. */
	public static Instant plus(Instant start, String iso) {
		String duration = requireValid("duration", iso);
		if (duration.contains("T")) {
			return start.plus(Duration.parse(duration));
		}
		return start.atZone(ZoneOffset.UTC).plus(Period.parse(duration)).toInstant();
	}

	public Map<String, String> defaults() {
		return Map.copyOf(this.defaults);
	}

	/**
	 * Checks an override before it is stored, so that a typo fails the request that made
	 * it rather than a timer weeks later.
	 * @throws FlowableIllegalArgumentException naming the deadline and the reason
	 */
	public static String requireValid(String name, String value) {
		String duration = value.startsWith("R") ? value.substring(value.indexOf('/') + 1) : value;
		if (value.startsWith("R") && !value.matches("R\\d*/P.+")) {
			throw invalid(name, value);
		}
		boolean withinBounds;
		try {
			withinBounds = duration.contains("T") ? withinBounds(Duration.parse(duration))
					: withinBounds(Period.parse(duration));
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, value);
		}
		if (!withinBounds) {
			throw new FlowableIllegalArgumentException("Deadline '" + name + "' is '" + value
					+ "': it must be longer than zero and at most two years (" + LONGEST + ")");
		}
		return value;
	}

	/**
	 * A negative or zero deadline fires at once or never, and one of centuries schedules
	 * a timer no one will see; both are typos.
	 */
	private static boolean withinBounds(Duration duration) {
		return !duration.isNegative() && !duration.isZero() && duration.compareTo(Duration.ofDays(LONGEST_DAYS)) <= 0;
	}

	private static boolean withinBounds(Period period) {
		if (period.isNegative() || period.isZero() || period.getYears() > 2 || period.getMonths() > 24
				|| period.getDays() > LONGEST_DAYS) {
			return false;
		}
		LocalDate from = LocalDate.of(2000, 1, 1);
		return !from.plus(period).isAfter(from.plus(LONGEST));
	}

	private static FlowableIllegalArgumentException invalid(String name, String value) {
		return new FlowableIllegalArgumentException("Deadline '" + name + "' is '" + value
				+ "', which is not an ISO 8601 duration such as P3D or PT24H (or a cycle such as R/P7D)");
	}

}
