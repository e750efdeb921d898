package org.outsourcing.lifecycle.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarInvitationTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123Z");

	@Test
	void anInvitationIsAnRfc5545RequestWithItsTimesInUtc() {
		String ics = invitation("Interview: Ana for 'Newsletter'", List.of("ana@example.com", "ivo@example.com"))
			.text(NOW)
			.replace("\r\n ", "");

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:interview-7@outsourcing-lifecycle\r\n")
			.contains("\r\nDTSTAMP:20261128T101530Z\r\nDTSTART:20270701T190000Z\r\nDTEND:20270701T200000Z\r\n")
			.contains("\r\nORGANIZER:mailto:no-reply@example.com\r\n")
			.contains("\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ana@example.com\r\n")
			.contains("\r\nURL:https://meet.example.com/abc\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void textValuesAreEscaped() {
		assertThat(CalendarInvitation.escape("a\\b; c, d\ne")).isEqualTo("a\\\\b\\; c\\, d\\ne");
		assertThat(invitation("Call; Ana, Ivo", List.of()).text(NOW)).contains("\r\nSUMMARY:Call\\; Ana\\, Ivo\r\n");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		String summary = "Entrevista com João Gonçalves — revisão técnica ".repeat(4);
		String ics = invitation(summary, List.of()).text(NOW);

		List<String> lines = Arrays.asList(ics.split("\r\n"));
		assertThat(lines)
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(lines).filteredOn((line) -> line.startsWith(" ")).hasSizeGreaterThan(1);
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + summary.replace(",", "\\,") + "\r\n");
	}

	@Test
	void aMeetingMustEndAfterItStarts() {
		Instant start = Instant.parse("2027-07-01T19:00:00Z");
		assertThatThrownBy(() -> new CalendarInvitation("x", start, start, "s", null, null, "o@example.com", List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("end after it starts");
	}

	private static CalendarInvitation invitation(String summary, List<String> attendees) {
		return new CalendarInvitation("interview-7@outsourcing-lifecycle", Instant.parse("2027-07-01T19:00:00Z"),
				Instant.parse("2027-07-01T20:00:00Z"), summary, "Video call: https://meet.example.com/abc",
				"https://meet.example.com/abc", "no-reply@example.com", attendees);
	}

}
