package org.outsourcing.lifecycle.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.outsourcing.lifecycle.forms.FormView;

/**
 * What a browser sent, turned into the values the form API takes: numbers as numbers, a
 * checkbox as true or false, an empty box as no value. Text that is not a number is
 * passed on as it is, so that the engine's validation names the field and the reason, the
 * same as on every other interface.
 */
final class SubmittedValues {

	private SubmittedValues() {
	}

	static Map<String, Object> of(FormView form, Map<String, String> params, Predicate<String> visible) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormView.Field field : form.fields()) {
			if (field.readOnly() || !visible.test(field.id())) {
				continue;
			}
			String raw = params.get(field.id());
			if ("boolean".equals(field.type())) {
				values.put(field.id(), "true".equals(raw));
				continue;
			}
			if (raw == null || raw.isBlank()) {
				continue;
			}
			values.put(field.id(), convert(field.type(), raw.trim(), raw));
		}
		return values;
	}

	/** What the user typed, to show it again next to the errors. */
	static Map<String, Object> typed(FormView form, Map<String, String> params) {
		Map<String, Object> typed = new LinkedHashMap<>();
		form.fields().forEach((field) -> {
			if ("boolean".equals(field.type())) {
				typed.put(field.id(), "true".equals(params.get(field.id())));
			}
			else if (params.containsKey(field.id())) {
				typed.put(field.id(), params.get(field.id()));
			}
		});
		return typed;
	}

	private static Object convert(String type, String trimmed, String raw) {
		try {
			return switch (type) {
				case "integer" -> {
					BigInteger whole = new BigInteger(trimmed);
					yield (whole.bitLength() < 32) ? (Object) whole.intValue() : (Object) whole;
				}
				case "decimal", "money" -> new BigDecimal(trimmed);
				case "multi-line-text" -> raw;
				default -> trimmed;
			};
		}
		catch (NumberFormatException ex) {
			return trimmed;
		}
	}

}
