package org.outsourcing.lifecycle.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns process variables and other details into plain JSON values. The audit must not
 * depend on how a variable's Java type happens to serialise (or fail to), and a date must
 * read the same for every auditor.
 */
final class JsonValues {

	private static final int MAX_TEXT = 4000;

	private JsonValues() {
	}

	static Object safe(Object value) {
		if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof Short || value instanceof BigInteger) {
			return value;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return (Double.isFinite(number)) ? BigDecimal.valueOf(number) : String.valueOf(number);
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Enum<?>) {
			return text(value.toString());
		}
		if (value instanceof JsonNode node) {
			return text(node.toString());
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> safe = new LinkedHashMap<>();
			map.forEach((key, item) -> safe.put(String.valueOf(key), safe(item)));
			return safe;
		}
		if (value instanceof Collection<?> items) {
			List<Object> safe = new ArrayList<>(items.size());
			items.forEach((item) -> safe.add(safe(item)));
			return safe;
		}
		if (value instanceof byte[] bytes) {
			return "(" + bytes.length + " bytes)";
		}
		return text(value.toString());
	}

	/** Long texts are cut so that one huge variable cannot bloat every export. */
	private static String text(String value) {
		return (value.length() <= MAX_TEXT) ? value : value.substring(0, MAX_TEXT) + "… (" + value.length() + " chars)";
	}

}
