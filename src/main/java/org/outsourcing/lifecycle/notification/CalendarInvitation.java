package org.outsourcing.lifecycle.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A meeting invitation as an RFC 5545 calendar ({@code METHOD:REQUEST}), sent as an
 * e-mail attachment so the meeting lands in the reader's calendar at the right time in
 * their own zone: the times are written in UTC.
 *
 * @param uid the same for every invitation to the same meeting, so a calendar updates the
 * meeting instead of adding a second one
 */
public record CalendarInvitation(String uid, Instant start, Instant end, String summary, String description,
		String location, String organizerEmail, List<String> attendeeEmails) {

	public static final String CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** Lines are folded after this many octets (RFC 5545, 3.1). */
	private static final int LINE_OCTETS = 75;

	public CalendarInvitation {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A meeting must end after it starts: " + start + " to " + end);
		}
		attendeeEmails = List.copyOf(attendeeEmails);
	}

	/** The invitation as a file named {@code invite.ics}, stamped {@code now}. */
	public Attachment asAttachment(Instant now) {
		return new Attachment("invite.ics", CONTENT_TYPE, text(now).getBytes(StandardCharsets.UTF_8));
	}

	String text(Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Outsourcing Lifecycle//Interviews//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:REQUEST");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + escape(this.uid));
		line(ics, "DTSTAMP:" + utc(now));
		line(ics, "DTSTART:" + utc(this.start));
		line(ics, "DTEND:" + utc(this.end));
		line(ics, "SUMMARY:" + escape(this.summary));
		if (this.description != null) {
			line(ics, "DESCRIPTION:" + escape(this.description));
		}
		if (this.location != null) {
			line(ics, "LOCATION:" + escape(this.location));
			line(ics, "URL:" + this.location);
		}
		line(ics, "ORGANIZER:mailto:" + this.organizerEmail);
		for (String attendee : this.attendeeEmails) {
			line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee);
		}
		line(ics, "SEQUENCE:0");
		line(ics, "STATUS:CONFIRMED");
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String utc(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** TEXT values (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends one content line, folded into lines of at most 75 octets, each continuation
	 * starting with a space; a multi-byte character is never split.
	 */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = LINE_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 0;
				// the leading space of a continuation line counts
				limit = LINE_OCTETS - 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
