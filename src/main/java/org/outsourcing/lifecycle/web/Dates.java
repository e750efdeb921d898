package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

}
