package org.outsourcing.lifecycle.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormView;

/**
 * A form from {@code forms/} ready to draw: its fields with values and errors, its
 * outcomes as buttons, and the errors that belong to no field shown.
 */
record FormPage(String key, String name, String description, List<FieldView> fields, List<FormView.Outcome> outcomes,
		String outcomeError, List<String> otherErrors) {

	/** The name of the submit button that carries the chosen outcome. */
	static final String OUTCOME = "_outcome";

	/**
	 * @param values what the process holds or what the user typed, by field id
	 * @param errors the server's refusals
	 * @param visible which fields this user may see (contractors: only shared ones)
	 */
	static FormPage of(FormView form, Map<String, ?> values, List<FieldError> errors, Predicate<String> visible) {
		List<FieldView> fields = new ArrayList<>();
		List<String> placed = new ArrayList<>();
		Set<String> shownWithAmounts = form.fields()
			.stream()
			.filter((field) -> field.readOnly() && field.currencyField() != null && visible.test(field.id()))
			.map(FormView.Field::currencyField)
			.collect(Collectors.toSet());
		for (FormView.Field field : form.fields()) {
			if (!visible.test(field.id()) || (field.readOnly() && shownWithAmounts.contains(field.id()))) {
				continue;
			}
			String error = errors.stream()
				.filter((candidate) -> field.id().equals(candidate.field()))
				.map((candidate) -> field.name() + ": " + candidate.reason())
				.findFirst()
				.orElse(null);
			if (error != null) {
				placed.add(field.id());
			}
			Object currency = (field.currencyField() != null && visible.test(field.currencyField()))
					? values.get(field.currencyField()) : null;
			fields.add(field(field, values.get(field.id()), currency, error));
		}
		String outcomeError = errors.stream()
			.filter((error) -> error.field() != null && error.field().equals(form.outcomeVariable()))
			.map(FieldError::reason)
			.findFirst()
			.orElse(null);
		List<String> others = errors.stream()
			.filter((error) -> !placed.contains(error.field())
					&& (error.field() == null || !error.field().equals(form.outcomeVariable())))
			.map((error) -> (error.field() != null) ? error.field() + ": " + error.reason() : error.reason())
			.toList();
		return new FormPage(form.key(), form.name(), form.description(), fields, form.outcomes(), outcomeError, others);
	}

	/**
	 * Every error, each naming its field and linking to it, for the summary the page
	 * moves the focus to.
	 */
	public List<ErrorLink> errorSummary() {
		List<ErrorLink> summary = new ArrayList<>();
		for (FieldView field : this.fields) {
			if (field.error() != null) {
				summary.add(new ErrorLink("#" + field.inputId(), field.error()));
			}
		}
		if (this.outcomeError != null) {
			String first = this.outcomes.isEmpty() ? null : "#outcome-" + this.outcomes.get(0).id();
			summary.add(new ErrorLink(first, "Choose one of the buttons: " + this.outcomeError));
		}
		this.otherErrors.forEach((error) -> summary.add(new ErrorLink(null, error)));
		return summary;
	}

	/** One line of the error summary: where the field is (or null) and what is wrong. */
	record ErrorLink(String href, String message) {
	}

	public boolean hasErrors() {
		return this.outcomeError != null || !this.otherErrors.isEmpty()
				|| this.fields.stream().anyMatch((field) -> field.error() != null);
	}

	/** The read-only fields: context the task shows. */
	public List<FieldView> contextFields() {
		return this.fields.stream().filter(FieldView::readOnly).toList();
	}

	private static FieldView field(FormView.Field field, Object value, Object currency, String error) {
		Map<String, Object> params = field.params();
		String text = text(value);
		String input = switch (field.type()) {
			case "multi-line-text" -> "textarea";
			case "integer", "decimal" -> "number";
			case "boolean" -> "checkbox";
			case "dropdown" -> "select";
			case "radio-buttons" -> "radio";
			case "date", "time", "email", "url", "money" -> field.type();
			default -> "text";
		};
		String step = switch (field.type()) {
			case "integer" -> "1";
			case "money" -> "0.01";
			case "decimal" -> "any";
			default -> null;
		};
		Integer maxLength = (params.get("maxLength") instanceof Number number) ? number.intValue() : null;
		String unit = (params.get("currency") != null) ? params.get("currency").toString() : null;
		return new FieldView(field.id(), field.name(), input, field.required(), field.readOnly(), text,
				field.readOnly() ? display(field, value, currency) : null, field.options(), field.placeholder(),
				text(params.get("min")), text(params.get("max")), step, maxLength, unit, error);
	}

	/**
	 * A read-only value in words: options by name, yes/no, amounts with two places and
	 * their currency.
	 */
	private static String display(FormView.Field field, Object value, Object currency) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Boolean bool) {
			return bool ? "Yes" : "No";
		}
		for (FormView.Choice option : field.options()) {
			if (option.id().equals(value.toString())) {
				return option.name();
			}
		}
		if ("date".equals(field.type())) {
			return Dates.day(value);
		}
		if ("money".equals(field.type()) && value instanceof Number number) {
			String amount = String.format(Locale.ROOT, "%,.2f", new BigDecimal(number.toString()));
			return (currency != null && !currency.toString().isBlank()) ? amount + " " + currency : amount;
		}
		return value.toString();
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	/** Field ids a contractor may see: the ones their form's predicate allows. */
	static Predicate<String> only(Set<String> ids) {
		return ids::contains;
	}

}
