package org.outsourcing.lifecycle.security;

import java.util.regex.Pattern;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

/**
 * What a process variable may be called: a Java identifier of ASCII letters, digits and
 * underscores. Flowable evaluates a variable <em>name</em> that starts with {@code ${} or
 * {@code #{} as an expression, so a name is the one part of a request that must never be
 * free text.
 */
public final class VariableNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

	private static final int SHOWN = 40;

	private VariableNames() {
	}

	public static boolean isValid(String name) {
		return name != null && IDENTIFIER.matcher(name).matches();
	}

	/**
	 * @throws FlowableIllegalArgumentException (400) when the name is not an identifier
	 */
	public static void require(Object name) {
		if (!(name instanceof String text) || !isValid(text)) {
			throw new FlowableIllegalArgumentException("Variable name '" + shown(name)
					+ "' is not allowed: use letters, digits and underscores, starting with a letter");
		}
	}

	private static String shown(Object name) {
		String text = String.valueOf(name);
		return (text.length() > SHOWN) ? text.substring(0, SHOWN) + "…" : text;
	}

}
