package org.outsourcing.lifecycle.recruitment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingHoursTest {

	private static final WorkingHours NEW_YORK = hours("America/New_York", "09:00", "17:00");

	private static final WorkingHours BERLIN = hours("Europe/Berlin", "09:00", "17:00");

	@Test
	void theOverlapFollowsDaylightSavingWhereOnlyOneSideHasSwitched() {
		// 2027: the US switches on 14 March, Europe on 28 March
		assertThat(overlap(NEW_YORK, BERLIN, "2027-03-01", "2027-03-13")).isEqualTo(Duration.ofHours(2));
		assertThat(overlap(NEW_YORK, BERLIN, "2027-03-15", "2027-03-27")).isEqualTo(Duration.ofHours(3));
		assertThat(overlap(NEW_YORK, BERLIN, "2027-03-29", "2027-04-30")).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void theShortestDayOfTheScheduleCounts() {
		assertThat(overlap(BERLIN, NEW_YORK, "2027-03-15", "2027-03-27")).isEqualTo(Duration.ofHours(3));
		assertThat(overlap(BERLIN, NEW_YORK, "2027-03-10", "2027-03-27")).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aWorkingDayThatCrossesMidnightOverlapsOnBothSidesOfIt() {
		// Tokyo 22:00-06:00 is Berlin 14:00-22:00 in winter, 15:00-23:00 in summer
		WorkingHours tokyoNights = hours("Asia/Tokyo", "22:00", "06:00");
		assertThat(overlap(BERLIN, tokyoNights, "2027-01-04", "2027-01-08")).isEqualTo(Duration.ofHours(3));
		assertThat(overlap(BERLIN, tokyoNights, "2027-07-05", "2027-07-09")).isEqualTo(Duration.ofHours(2));
		assertThat(overlap(BERLIN, tokyoNights, "2027-03-20", "2027-04-05")).isEqualTo(Duration.ofHours(2));
		assertThat(overlap(tokyoNights, BERLIN, "2027-01-04", "2027-01-08")).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void halfHourZonesGiveHalfHours() {
		WorkingHours delhi = hours("Asia/Kolkata", "09:00", "17:00");
		assertThat(overlap(BERLIN, delhi, "2027-01-04", "2027-01-08")).isEqualTo(Duration.ofMinutes(210));
		assertThat(Availability.hours(Duration.ofMinutes(210))).isEqualByComparingTo("3.5");
	}

	@Test
	void workingHoursThatNeverMeetDoNotOverlap() {
		WorkingHours sydney = hours("Australia/Sydney", "09:00", "17:00");
		assertThat(overlap(NEW_YORK, sydney, "2027-01-04", "2027-01-08")).isEqualTo(Duration.ZERO);
	}

	private static Duration overlap(WorkingHours owner, WorkingHours other, String from, String to) {
		return WorkingHours.minimumDailyOverlap(owner, other, LocalDate.parse(from), LocalDate.parse(to));
	}

	private static WorkingHours hours(String zone, String from, String to) {
		return new WorkingHours(ZoneId.of(zone), LocalTime.parse(from), LocalTime.parse(to));
	}

}
