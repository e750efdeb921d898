package org.outsourcing.lifecycle.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.form.model.FormField;

/**
 * Values that fit a form, derived from the form itself, so every form added to
 * {@code forms/} is covered without writing its test data by hand; and the ways to break
 * each of them.
 */
final class SampleValues {

	private SampleValues() {
	}

	/** One value for every editable field and the first outcome. */
	static Map<String, Object> valid(FormDefinition form) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : form.editableFields()) {
			Object sample = sample(form, field);
			if (sample != null) {
				values.put(field.getId(), sample);
			}
		}
		if (form.hasOutcomes()) {
			values.put(form.outcomeVariable(), form.outcomes().get(0).getId());
		}
		values.putAll(ACROSS_FIELDS.getOrDefault(form.key(), Map.of()));
		return values;
	}

	/** Values that also fit the forms' cross-field rules ({@code FormRule}). */
	private static final Map<String, Map<String, Object>> ACROSS_FIELDS = Map.of("defineWork",
			Map.of("liaison", "liaison"), "mediateInvoiceDispute",
			Map.of("form_mediateInvoiceDispute_outcome", "settle"));

	/**
	 * A fitting value; for a field whose options come from a process, one the options
	 * give without a process, or null when they need one (a bench task has none).
	 */
	static Object sample(FormDefinition form, FormField field) {
		FieldType type = form.type(field);
		String expression = form.optionsExpression(field);
		if (expression != null) {
			return OPTIONS_WITHOUT_PROCESS.entrySet()
				.stream()
				.filter((known) -> expression.contains(known.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		List<Object> candidates = new ArrayList<>();
		switch (type) {
			case TEXT, MULTI_LINE_TEXT -> {
				if (field.getPlaceholder() != null) {
					candidates.add(field.getPlaceholder());
				}
				candidates.add("Sample " + field.getId());
				candidates.add("UTC");
				Object min = field.getParam("minLength");
				candidates.add("x".repeat((min instanceof Integer length) ? Math.max(length, 1) : 1));
			}
			case EMAIL -> candidates.add("owner@example.com");
			case URL -> candidates.add("https://example.com/work");
			case INTEGER -> candidates.add((field.getParam("min") instanceof Number min) ? min.intValue() + 1 : 3);
			case DECIMAL ->
				candidates.add((field.getParam("min") instanceof Number min) ? min.doubleValue() + 0.5 : 2.5);
			case MONEY -> candidates.add((field.getParam("min") instanceof Number min)
					? new BigDecimal(min.toString()).add(new BigDecimal("100.25")) : new BigDecimal("100.25"));
			case BOOLEAN -> candidates.add(Boolean.TRUE);
			case DATE -> candidates.add((field.getParam("min") instanceof String min) ? min : "2026-06-30");
			case TIME -> candidates.add("09:00");
			case DROPDOWN, RADIO_BUTTONS -> candidates.add(form.options(field).get(0).getId());
		}
		for (Object candidate : candidates) {
			if (fits(form, field, candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("No sample value fits field '" + field.getId() + "' of form '" + form.key()
				+ "': give it a placeholder that fits its params");
	}

	/** Options expressions that need no process, and an option each gives. */
	private static final Map<String, Object> OPTIONS_WITHOUT_PROCESS = Map.of("timeZones.all()", "UTC",
			"liaisons.options()", "liaison");

	static boolean fits(FormDefinition form, FormField field, Object value) {
		try {
			FieldValues.convert(form.type(field), field, form.options(field), value, false);
			return true;
		}
		catch (FieldValues.Refused refused) {
			return false;
		}
	}

	/** A broken submission and the field the refusal must name. */
	record Breakage(String kind, String field, Map<String, Object> values) {

	}

	/** Every way the valid submission can be broken, one at a time. */
	static List<Breakage> breakages(FormDefinition form) {
		Map<String, Object> valid = valid(form);
		List<Breakage> breakages = new ArrayList<>();
		for (FormField field : form.editableFields()) {
			for (Object wrong : wrongValues(form, field)) {
				Map<String, Object> values = new LinkedHashMap<>(valid);
				values.put(field.getId(), wrong);
				breakages.add(new Breakage(kindOf(wrong), field.getId(), values));
			}
			if (field.isRequired()) {
				Map<String, Object> missing = new LinkedHashMap<>(valid);
				missing.remove(field.getId());
				breakages.add(new Breakage("missing required", field.getId(), missing));
				Map<String, Object> blank = new LinkedHashMap<>(valid);
				blank.put(field.getId(), "   ");
				breakages.add(new Breakage("blank required", field.getId(), blank));
			}
		}
		for (FormField field : form.fields()) {
			if (field.isReadOnly()) {
				Map<String, Object> values = new LinkedHashMap<>(valid);
				values.put(field.getId(), "changed context");
				breakages.add(new Breakage("read-only submitted", field.getId(), values));
			}
		}
		Map<String, Object> unknown = new LinkedHashMap<>(valid);
		unknown.put("notAFieldOfTheForm", "x");
		breakages.add(new Breakage("unknown field", "notAFieldOfTheForm", unknown));
		Map<String, Object> badOutcome = new LinkedHashMap<>(valid);
		badOutcome.put(form.outcomeVariable(), "maybe");
		breakages.add(new Breakage("outcome not of the form", form.outcomeVariable(), badOutcome));
		if (form.hasOutcomes()) {
			Map<String, Object> noOutcome = new LinkedHashMap<>(valid);
			noOutcome.remove(form.outcomeVariable());
			breakages.add(new Breakage("outcome missing", form.outcomeVariable(), noOutcome));
		}
		return breakages;
	}

	/** Values of the wrong type, out of bounds, too long, not matching, not an option. */
	static List<Object> wrongValues(FormDefinition form, FormField field) {
		List<Object> wrong = new ArrayList<>();
		switch (form.type(field)) {
			case TEXT, MULTI_LINE_TEXT -> wrong.add(42);
			case EMAIL -> wrong.addAll(List.of("not-an-email", "two@@example.com", 7));
			case URL -> wrong.addAll(List.of("example.com/no-scheme", "ftp://example.com/x", false));
			case INTEGER -> wrong.addAll(List.of("five", 2.5, "7", true));
			case DECIMAL -> wrong.addAll(List.of("abc", false, Double.NaN));
			case MONEY -> wrong.addAll(List.of(new BigDecimal("10.005"), 1.999, "12.00", true));
			case BOOLEAN -> wrong.addAll(List.of("yes", 1, "TRUE"));
			case DATE -> wrong.addAll(List.of("31/12/2026", "2026-02-30", "2026-1-5", 20261231));
			case TIME -> wrong.addAll(List.of("9am", "25:00", "9:5", 900));
			case DROPDOWN, RADIO_BUTTONS -> wrong.addAll(List.of("notAnOption", 1));
		}
		if (field.getParam("maxLength") instanceof Integer max) {
			wrong.add("x".repeat(max + 1));
		}
		if (field.getParam("minLength") instanceof Integer min && min > 1) {
			wrong.add("x".repeat(min - 1));
		}
		if (field.getParam("min") instanceof Number min) {
			wrong.add(outOfBounds(form.type(field), new BigDecimal(min.toString()).subtract(BigDecimal.ONE)));
		}
		if (field.getParam("max") instanceof Number max) {
			wrong.add(outOfBounds(form.type(field), new BigDecimal(max.toString()).add(BigDecimal.ONE)));
		}
		if (field.getParam("pattern") != null) {
			wrong.add("does not match !! the pattern");
		}
		return wrong;
	}

	private static Object outOfBounds(FieldType type, BigDecimal value) {
		return switch (type) {
			case INTEGER -> value.intValue();
			case DECIMAL -> value.doubleValue();
			default -> value.setScale(2);
		};
	}

	private static String kindOf(Object wrong) {
		return "wrong value " + ((wrong instanceof String text && text.length() > 20) ? "(long text)" : wrong) + " ("
				+ wrong.getClass().getSimpleName() + ")";
	}

}
