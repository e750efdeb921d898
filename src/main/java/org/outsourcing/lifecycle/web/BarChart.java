package org.outsourcing.lifecycle.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn with CSS: each bar's length is its share of the largest
 * value, and its number is written next to it, so the chart reads without colours too.
 */
record BarChart(String title, String unit, List<Bar> bars) {

	static Builder titled(String title, String unit) {
		return new Builder(title, unit);
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	record Bar(String label, String value, double percent, String tone) {
	}

	static final class Builder {

		private final String title;

		private final String unit;

		private final List<String> labels = new ArrayList<>();

		private final List<Double> values = new ArrayList<>();

		private final List<String> texts = new ArrayList<>();

		private final List<String> tones = new ArrayList<>();

		private Builder(String title, String unit) {
			this.title = title;
			this.unit = unit;
		}

		Builder bar(String label, double value, String text, String tone) {
			this.labels.add(label);
			this.values.add(value);
			this.texts.add(text);
			this.tones.add(tone);
			return this;
		}

		Builder bar(String label, long value) {
			return bar(label, value, String.valueOf(value), "primary");
		}

		BarChart build() {
			double max = this.values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < this.labels.size(); i++) {
				double percent = (max > 0) ? Math.round(this.values.get(i) / max * 1000) / 10.0 : 0;
				bars.add(new Bar(this.labels.get(i), this.texts.get(i), percent, this.tones.get(i)));
			}
			return new BarChart(this.title, this.unit, bars);
		}

	}

}
