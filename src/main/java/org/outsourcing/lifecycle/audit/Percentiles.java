package org.outsourcing.lifecycle.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** The median and the 90th percentile of the times to hire. */
final class Percentiles {

	private static final double SECONDS_PER_DAY = 86_400;

	private Percentiles() {
	}

	static KpiReport.TimeToHire timeToHire(List<Duration> durations) {
		if (durations.isEmpty()) {
			return new KpiReport.TimeToHire(0, null, null, null, null);
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		Duration median = median(sorted);
		Duration p90 = nearestRank(sorted, 90);
		return new KpiReport.TimeToHire(sorted.size(), median, p90, days(median), days(p90));
	}

	static Duration median(List<Duration> sorted) {
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
	}

	/** The smallest value that at least {@code percent} % of the values do not exceed. */
	static Duration nearestRank(List<Duration> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	private static Double days(Duration duration) {
		return BigDecimal.valueOf(duration.toMillis() / 1000.0 / SECONDS_PER_DAY)
			.setScale(2, RoundingMode.HALF_UP)
			.doubleValue();
	}

}
