package org.outsourcing.lifecycle.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The field types a form in {@code forms/} may use, with the name Flowable's form-data
 * REST resource shows them as, so that existing Flowable clients can render them.
 */
public enum FieldType {

	TEXT("text", "string"), MULTI_LINE_TEXT("multi-line-text", "string"), INTEGER("integer", "long"),
	DECIMAL("decimal", "double"), BOOLEAN("boolean", "boolean"), DATE("date", "date"), TIME("time", "string"),
	DROPDOWN("dropdown", "enum"), RADIO_BUTTONS("radio-buttons", "enum"), EMAIL("email", "string"),
	URL("url", "string"), MONEY("money", "double");

	private final String id;

	private final String flowableRestType;

	FieldType(String id, String flowableRestType) {
		this.id = id;
		this.flowableRestType = flowableRestType;
	}

	/** The name used in the form files, e.g. {@code multi-line-text}. */
	public String id() {
		return this.id;
	}

	String flowableRestType() {
		return this.flowableRestType;
	}

	public boolean hasOptions() {
		return this == DROPDOWN || this == RADIO_BUTTONS;
	}

	public static Optional<FieldType> of(String id) {
		return Arrays.stream(values()).filter((type) -> type.id.equals(id)).findFirst();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(FieldType::id).toList());
	}

}
