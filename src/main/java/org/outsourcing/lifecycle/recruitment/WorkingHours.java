package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A person's working day: from a time to a time in their time zone. An end at or before
 * the start means the day ends after midnight (22:00 to 06:00).
 */
record WorkingHours(ZoneId zone, LocalTime start, LocalTime end) {

	/**
	 * The daily overlap of two working days on the dates from {@code from} to {@code to}
	 * (the first's dates, both included), the shortest of them: a daylight-saving switch
	 * that shrinks the overlap on some days counts.
	 */
	static Duration minimumDailyOverlap(WorkingHours owner, WorkingHours other, LocalDate from, LocalDate to) {
		Duration minimum = null;
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			Duration overlap = owner.overlapOn(date, other);
			if (minimum == null || overlap.compareTo(minimum) < 0) {
				minimum = overlap;
			}
		}
		return (minimum != null) ? minimum : Duration.ZERO;
	}

	/**
	 * How long this person's working day on this date (in their zone) overlaps the
	 * other's working days: the other's days around it, as they fall in the other's zone.
	 */
	Duration overlapOn(LocalDate date, WorkingHours other) {
		ZonedDateTime start = startOn(date);
		ZonedDateTime end = endOn(date);
		LocalDate theirs = start.withZoneSameInstant(other.zone).toLocalDate();
		Duration overlap = Duration.ZERO;
		for (LocalDate day = theirs.minusDays(1); !day.isAfter(theirs.plusDays(1)); day = day.plusDays(1)) {
			ZonedDateTime later = max(start, other.startOn(day));
			ZonedDateTime earlier = min(end, other.endOn(day));
			if (later.isBefore(earlier)) {
				overlap = overlap.plus(Duration.between(later, earlier));
			}
		}
		return overlap;
	}

	private ZonedDateTime startOn(LocalDate date) {
		return ZonedDateTime.of(date, this.start, this.zone);
	}

	private ZonedDateTime endOn(LocalDate date) {
		return ZonedDateTime.of(this.end.isAfter(this.start) ? date : date.plusDays(1), this.end, this.zone);
	}

	private static ZonedDateTime max(ZonedDateTime one, ZonedDateTime other) {
		return one.isAfter(other) ? one : other;
	}

	private static ZonedDateTime min(ZonedDateTime one, ZonedDateTime other) {
		return one.isBefore(other) ? one : other;
	}

	@Override
	public String toString() {
		return this.start + "–" + this.end + " " + this.zone;
	}

}
