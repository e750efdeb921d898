package org.outsourcing.lifecycle.forms;

import java.math.BigDecimal;

/**
 * Whether a value sent back is the one a form showed, compared as a client would send it
 * back: as text or JSON, so {@code 5}, {@code 5.0} and {@code "5"} are one value, and
 * empty is no value.
 */
final class ShownValues {

	private ShownValues() {
	}

	static boolean same(Object shown, Object sentBack) {
		return normal(shown).equals(normal(sentBack));
	}

	private static String normal(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString().strip();
		if (value instanceof Number || text.matches("[+-]?\\d{1,30}(\\.\\d{1,30})?")) {
			try {
				return new BigDecimal(text).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				// NaN or infinity: compared as text
			}
		}
		return text;
	}

}
