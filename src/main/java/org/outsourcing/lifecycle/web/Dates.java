package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The server's way of writing a moment, in UTC; the page's script rewrites it in the
 * reader's own time zone ({@code static/js/app.js}). Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String utc(Instant instant) {
		return (instant != null) ? UTC.format(instant) : "";
	}

	public String iso(Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	/**
	 * A calendar day in words ("Sun 28 Nov 2027") from the {@code yyyy-MM-dd} a date
	 * field stores; anything else is returned as it is.
	 */
	static String day(Object value) {
		try {
			return DAY.format(LocalDate.parse(value.toString()));
		}
		catch (DateTimeParseException ex) {
			return value.toString();
		}
	}

}
