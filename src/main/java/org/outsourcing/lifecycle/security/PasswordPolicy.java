package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password set through the API or the UI must be, after NIST SP 800-63B: long
 * enough, not the user's own name, not one of the passwords attackers try first. No
 * composition rules (they make passwords harder to remember, not to guess). BCrypt reads
 * only the first 72 bytes, so a longer one would be silently cut.
 *
 * <p>
 * The demo profile's accounts (password {@code demo}) and the production admin are
 * created at start by the application itself and do not pass through this policy.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/**
	 * @return what is wrong with the password, empty when it is fine
	 */
	List<String> problems(String userId, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password: must be at least " + MIN_LENGTH + " characters");
			return problems;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("password: must be at most " + MAX_BYTES + " bytes");
		}
		if (userId != null && password.equalsIgnoreCase(userId)) {
			problems.add("password: must not be the user id");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add("password: is one of the most common passwords; choose another");
		}
		return problems;
	}

	private static Set<String> load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords " + resource + " cannot be read", ex);
		}
	}

}
