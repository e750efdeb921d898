package org.outsourcing.lifecycle.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;

/**
 * What a reader of an engagement's audit trail asked to see: one type of entry, one
 * person, a range of days (UTC, as the page shows times); each optional.
 */
record AuditFilter(AuditEntryType type, String who, LocalDate from, LocalDate to) {

	static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

	/**
	 * @throws InvalidFilterException naming the parameter and the reason
	 */
	static AuditFilter parse(String type, String who, String from, String to) {
		LocalDate fromDay = day("from", from);
		LocalDate toDay = day("to", to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			throw new InvalidFilterException("to", "must not be before from (" + fromDay + ")");
		}
		return new AuditFilter(type(type), blankToNull(who), fromDay, toDay);
	}

	boolean keeps(AuditEntry entry) {
		LocalDate day = LocalDate.ofInstant(entry.timestamp(), ZoneOffset.UTC);
		return (this.type == null || this.type == entry.type()) && (this.who == null || this.who.equals(entry.actor()))
				&& (this.from == null || !day.isBefore(this.from)) && (this.to == null || !day.isAfter(this.to));
	}

	boolean isEverything() {
		return equals(EVERYTHING);
	}

	private static AuditEntryType type(String value) {
		String type = blankToNull(value);
		if (type == null) {
			return null;
		}
		return Arrays.stream(AuditEntryType.values())
			.filter((candidate) -> candidate.name().equals(type))
			.findFirst()
			.orElseThrow(() -> new InvalidFilterException("type", "is not a type of audit entry"));
	}

	private static LocalDate day(String parameter, String value) {
		String day = blankToNull(value);
		if (day == null) {
			return null;
		}
		try {
			return LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFilterException(parameter, "must be a date like 2026-01-31");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A filter parameter that cannot be read; the page answers 400 and says which. */
	static final class InvalidFilterException extends RuntimeException {

		private final String parameter;

		InvalidFilterException(String parameter, String reason) {
			super(parameter + ": " + reason);
			this.parameter = parameter;
		}

		String parameter() {
			return this.parameter;
		}

	}

}
