package org.outsourcing.lifecycle.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The days a KPI report covers, both ends included, in UTC: from the start of
 * {@code from} to the end of {@code to}.
 */
public record KpiRange(LocalDate from, LocalDate to) {

	/** Without dates, the report covers the last 30 days up to today. */
	static final int DEFAULT_DAYS = 30;

	public static KpiRange parse(String from, String to, LocalDate today) {
		LocalDate end = (to != null && !to.isBlank()) ? date("to", to) : today;
		LocalDate start = (from != null && !from.isBlank()) ? date("from", from) : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw new InvalidParameterException("from", "from (" + start + ") is after to (" + end + ")");
		}
		return new KpiRange(start, end);
	}

	Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	Instant endExclusive() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	boolean contains(Date time) {
		return time != null && contains(time.toInstant());
	}

	boolean contains(Instant time) {
		return !time.isBefore(start()) && time.isBefore(endExclusive());
	}

	/**
	 * Query bounds a little wider than the range: the engine's queries differ in which
	 * ends they include.
	 */
	Date queryStart() {
		return Date.from(start().minusMillis(1));
	}

	Date queryEnd() {
		return Date.from(endExclusive());
	}

	private static LocalDate date(String parameter, String value) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(parameter, "'" + value + "' is not an ISO date such as 2026-05-01");
		}
	}

}
