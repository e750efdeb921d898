package org.outsourcing.lifecycle.security;

import java.util.regex.Pattern;

/**
 * What a user id may be: lower-case letters, digits, dot, underscore and hyphen, starting
 * with a letter or digit. Ids travel into candidate lists, audit entries, CSV exports and
 * e-mail; none of them then needs quoting, and none reads as a spreadsheet formula.
 */
final class UserIds {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private UserIds() {
	}

	static boolean isValid(String userId) {
		return userId != null && ID.matcher(userId).matches();
	}

}
