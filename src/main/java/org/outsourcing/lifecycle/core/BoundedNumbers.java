package org.outsourcing.lifecycle.core;

import java.math.BigDecimal;

/**
 * How large and how fine a number from outside may be before any arithmetic touches it. A
 * {@link BigDecimal} such as {@code 1e999999999} is a few bytes, but
 * {@code toPlainString()}, {@code toBigInteger()} or a rounding writes out its billion
 * digits and exhausts the memory; checking precision and scale costs nothing.
 */
public final class BoundedNumbers {

	/** Digits before the point: more than any amount, count or rate of the product. */
	public static final int MAX_INTEGER_DIGITS = 18;

	/** Digits after the point. */
	public static final int MAX_SCALE = 10;

	/** Characters of a number written as text, checked before parsing it. */
	public static final int MAX_TEXT_LENGTH = 40;

	private BoundedNumbers() {
	}

	public static boolean fits(BigDecimal number) {
		// long: precision - scale overflows an int for scales near Integer.MIN_VALUE
		long integerDigits = (long) number.precision() - number.scale();
		return integerDigits <= MAX_INTEGER_DIGITS && number.scale() <= MAX_SCALE;
	}

	public static String reason() {
		return "must have at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_SCALE + " after the point";
	}

}
