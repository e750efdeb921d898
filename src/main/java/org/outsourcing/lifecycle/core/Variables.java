package org.outsourcing.lifecycle.core;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.variable.VariableContainer;

/**
 * Reads process variables that arrive from forms and REST clients, where a number may
 * come as an Integer, a Long, a Double or a String. A missing or malformed value fails
 * with the variable's name, so the caller's request is refused instead of a wrong record
 * being written.
 */
public final class Variables {

	private Variables() {
	}

	/**
	 * The variable that holds the outcome a user chose on the form with this key (the
	 * button they pressed): Flowable's own convention, built here only.
	 */
	public static String formOutcome(String formKey) {
		return "form_" + formKey + "_outcome";
	}

	public static String text(VariableContainer scope, String name) {
		Object value = scope.getVariable(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().trim();
	}

	public static String requiredText(VariableContainer scope, String name) {
		String value = text(scope, name);
		if (value == null) {
			throw new FlowableIllegalArgumentException(name + ": is required");
		}
		return value;
	}

	/** An unset checkbox means no. */
	public static boolean bool(VariableContainer scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		String text = value.toString().trim();
		if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
			return Boolean.parseBoolean(text);
		}
		throw new FlowableIllegalArgumentException(name + ": must be true or false, was '" + value + "'");
	}

	public static Integer integer(VariableContainer scope, String name) {
		BigDecimal value = decimal(scope, name);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new FlowableIllegalArgumentException(name + ": must be a whole number, was '" + value + "'");
		}
	}

	public static int requiredInteger(VariableContainer scope, String name) {
		Integer value = integer(scope, name);
		if (value == null) {
			throw new FlowableIllegalArgumentException(name + ": is required");
		}
		return value;
	}

	public static BigDecimal decimal(VariableContainer scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			throw new FlowableIllegalArgumentException(name + ": must be a number, was '" + value + "'");
		}
	}

	public static BigDecimal requiredDecimal(VariableContainer scope, String name) {
		BigDecimal value = decimal(scope, name);
		if (value == null) {
			throw new FlowableIllegalArgumentException(name + ": is required");
		}
		return value;
	}

}
