package org.outsourcing.lifecycle.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.flowable.form.model.FormField;
import org.flowable.form.model.Option;
import org.outsourcing.lifecycle.core.BoundedNumbers;

/**
 * Checks one submitted value against its field and turns it into the one Java type the
 * processes read, whichever interface it came through: text as {@code String}, integer as
 * {@code Integer} (or {@code Long} beyond int), decimal as {@code Double}, money as
 * {@code BigDecimal} with 2 places, boolean as {@code Boolean}, date as ISO
 * {@code yyyy-MM-dd} string, time of day as {@code HH:mm} string, option fields as the
 * option id.
 */
final class FieldValues {

	private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d{1,18}");

	private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	/** A refusal names at most this many options (there are some 600 time zones). */
	private static final int MAX_OPTIONS_NAMED = 20;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private FieldValues() {
	}

	/** Why a value was refused; carries the reason to the user. */
	static final class Refused extends Exception {

		Refused(String reason) {
			super(reason, null, false, false);
		}

	}

	/**
	 * The value in its canonical type.
	 * @param textual whether the interface can only send text (Flowable's form-data
	 * resource), so numbers arrive as strings
	 */
	static Object convert(FieldType type, FormField field, List<Option> options, Object value, boolean textual)
			throws Refused {
		Object converted = switch (type) {
			case TEXT, MULTI_LINE_TEXT -> text(value);
			case EMAIL -> email(value);
			case URL -> url(value);
			case INTEGER -> integer(value, textual);
			case DECIMAL -> decimal(value, textual).doubleValue();
			case MONEY -> money(value, textual);
			case BOOLEAN -> bool(value);
			case DATE -> date(value);
			case TIME -> time(value);
			case DROPDOWN, RADIO_BUTTONS -> option(value, options);
		};
		checkBounds(type, field, converted);
		return converted;
	}

	private static String text(Object value) throws Refused {
		if (value instanceof String text) {
			return text;
		}
		throw new Refused("must be text, not " + describe(value));
	}

	private static String email(Object value) throws Refused {
		String text = text(value).trim();
		if (!EMAIL.matcher(text).matches()) {
			throw new Refused("must be an e-mail address like name@example.com");
		}
		return text;
	}

	private static String url(Object value) throws Refused {
		String text = text(value).trim();
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return text;
			}
		}
		catch (URISyntaxException ex) {
			// refused below, with the same reason as any other malformed address
		}
		throw new Refused("must be a web address starting with http:// or https://");
	}

	private static Number integer(Object value, boolean textual) throws Refused {
		BigInteger whole;
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			whole = BigInteger.valueOf(((Number) value).longValue());
		}
		else if (value instanceof BigInteger big) {
			whole = big;
		}
		else if (value instanceof String text && textual && INTEGER_TEXT.matcher(text.trim()).matches()) {
			whole = new BigInteger(text.trim());
		}
		else if (value instanceof Number || (value instanceof String && textual)) {
			BigDecimal decimal = decimal(value, textual);
			if (decimal.stripTrailingZeros().scale() > 0) {
				throw new Refused("must be a whole number, not " + decimal.toPlainString());
			}
			whole = decimal.toBigIntegerExact();
		}
		else {
			throw new Refused("must be a whole number, not " + describe(value));
		}
		if (whole.bitLength() > 63) {
			throw new Refused("is too large");
		}
		long number = whole.longValue();
		return (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) ? (Number) (int) number : (Number) number;
	}

	private static BigDecimal decimal(Object value, boolean textual) throws Refused {
		BigDecimal decimal = unbounded(value, textual);
		if (!BoundedNumbers.fits(decimal)) {
			throw new Refused(BoundedNumbers.reason());
		}
		return decimal;
	}

	private static BigDecimal unbounded(Object value, boolean textual) throws Refused {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new Refused("must be a finite number");
			}
			return BigDecimal.valueOf(number);
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && textual && text.trim().length() <= BoundedNumbers.MAX_TEXT_LENGTH
				&& DECIMAL_TEXT.matcher(text.trim()).matches()) {
			return new BigDecimal(text.trim());
		}
		throw new Refused("must be a number, not " + describe(value));
	}

	private static BigDecimal money(Object value, boolean textual) throws Refused {
		BigDecimal amount = decimal(value, textual);
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new Refused("must be an amount with at most 2 decimal places, not " + amount.toPlainString());
		}
		if (amount.abs().compareTo(new BigDecimal("1e15")) >= 0) {
			throw new Refused("is too large an amount");
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static Boolean bool(Object value) throws Refused {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf((String) value);
		}
		throw new Refused("must be true or false, not " + describe(value));
	}

	private static String date(Object value) throws Refused {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
		}
		if (value instanceof String text) {
			LocalDate date = isoDate(text.trim());
			if (date != null) {
				return date.toString();
			}
		}
		throw new Refused("must be a date as yyyy-MM-dd, not " + describe(value));
	}

	private static String time(Object value) throws Refused {
		if (value instanceof LocalTime time) {
			return time.truncatedTo(ChronoUnit.MINUTES).toString();
		}
		if (value instanceof String text && text.trim().matches("\\d{2}:\\d{2}(:\\d{2})?")) {
			try {
				return LocalTime.parse(text.trim()).truncatedTo(ChronoUnit.MINUTES).toString();
			}
			catch (DateTimeParseException ex) {
				// refused below, with the same reason as any other malformed time
			}
		}
		throw new Refused("must be a time of day as HH:mm, not " + describe(value));
	}

	static LocalDate isoDate(String text) {
		if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String option(Object value, List<Option> options) throws Refused {
		List<String> ids = options.stream().map(Option::getId).toList();
		if (value instanceof String id && ids.contains(id)) {
			return id;
		}
		String listed = (ids.size() <= MAX_OPTIONS_NAMED) ? String.join(", ", ids)
				: String.join(", ", ids.subList(0, MAX_OPTIONS_NAMED)) + " … (" + ids.size() + " options)";
		throw new Refused("must be one of " + (ids.isEmpty() ? "no options (none to choose now)" : listed) + ", not "
				+ describe(value));
	}

	private static void checkBounds(FieldType type, FormField field, Object value) throws Refused {
		if (field.getParams() == null) {
			return;
		}
		if (value instanceof Number number) {
			BigDecimal amount = new BigDecimal(number.toString());
			if (field.getParam("min") instanceof Number min && amount.compareTo(new BigDecimal(min.toString())) < 0) {
				throw new Refused("must be at least " + min);
			}
			if (field.getParam("max") instanceof Number max && amount.compareTo(new BigDecimal(max.toString())) > 0) {
				throw new Refused("must be at most " + max);
			}
			return;
		}
		if (!(value instanceof String text)) {
			return;
		}
		if (type == FieldType.DATE) {
			if (field.getParam("min") instanceof String min && text.compareTo(min) < 0) {
				throw new Refused("must be on or after " + min);
			}
			if (field.getParam("max") instanceof String max && text.compareTo(max) > 0) {
				throw new Refused("must be on or before " + max);
			}
		}
		if (field.getParam("minLength") instanceof Integer min && text.length() < min) {
			throw new Refused("must be at least " + min + " characters long");
		}
		if (field.getParam("maxLength") instanceof Integer max && text.length() > max) {
			throw new Refused("must be at most " + max + " characters long, not " + text.length());
		}
		if (field.getParam("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).matches()) {
			throw new Refused("does not have the expected format (" + pattern + ")");
		}
	}

	private static String describe(Object value) {
		if (value instanceof String text) {
			return "text '" + abbreviate(text) + "'";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return "a " + value.getClass().getSimpleName();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 37) + "...";
	}

}
