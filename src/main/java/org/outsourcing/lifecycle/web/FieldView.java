package org.outsourcing.lifecycle.web;

import java.util.List;

import org.outsourcing.lifecycle.forms.FormView;

/**
 * One field as the page draws it: the HTML input that fits its type ({@code input}), the
 * value as typed or as the process holds it, and the server's complaint about it, if any.
 * Read-only fields carry {@code display}, the value in words.
 */
record FieldView(String id, String label, String input, boolean required, boolean readOnly, String value,
		String display, List<FormView.Choice> options, String placeholder, String min, String max, String step,
		Integer maxLength, String unit, String error) {

	public boolean checked() {
		return "true".equals(this.value);
	}

	public boolean isLink() {
		return "url".equals(this.input) && this.display != null && this.display.matches("(?i)https?://.*");
	}

	/** The element a link to this field focuses: a radio group's first option. */
	public String inputId() {
		return ("radio".equals(this.input) && !this.options.isEmpty()) ? this.id + "-" + this.options.get(0).id()
				: this.id;
	}

	public String errorId() {
		return this.id + "-error";
	}

}
