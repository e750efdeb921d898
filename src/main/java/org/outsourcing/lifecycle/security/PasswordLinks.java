package org.outsourcing.lifecycle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: for a new applicant's account, and for a reset. The
 * token is 256 random bits and goes out only in the e-mail; the table keeps its SHA-256,
 * so a copy of the database opens no account. A link works once, until it expires, and a
 * newer link for the same user replaces the older ones. The password must pass the
 * {@link PasswordPolicy}; a refused password leaves the link usable.
 */
@Service
public class PasswordLinks {

	/** The page that takes the link. */
	public static final String PAGE = "/account/password";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final AccountLinkProperties properties;

	private final PasswordPolicy policy;

	private final UserDirectory users;

	PasswordLinks(JdbcClient jdbc, EngineTime time, AccountLinkProperties properties, PasswordPolicy policy,
			UserDirectory users) {
		this.jdbc = jdbc;
		this.time = time;
		this.properties = properties;
		this.policy = policy;
		this.users = users;
	}

	/**
	 * A new link for this user, valid for
	 * {@code lifecycle.accounts.password-link-validity}; the user's earlier links stop
	 * working.
	 * @return the address to e-mail, with the token: it is not stored anywhere
	 */
	@Transactional
	public String issue(String userId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.time.now();
		this.jdbc.sql("UPDATE password_link SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
			.params(Timestamp.from(now), userId)
			.update();
		this.jdbc.sql("INSERT INTO password_link (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(userId, hash(token), Timestamp.from(now),
					Timestamp.from(now.plus(this.properties.passwordLinkValidity())))
			.update();
		return this.properties.passwordLink(token);
	}

	/** The user a link is for, while it can still be used. */
	@Transactional(readOnly = true)
	public Optional<String> userOf(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT user_id FROM password_link WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(hash(token), Timestamp.from(this.time.now()))
			.query(String.class)
			.optional();
	}

	/**
	 * Sets the password of the link's user and uses the link up.
	 * @return the user whose password was set
	 * @throws InvalidLinkException when the link is unknown, used or expired
	 * @throws RefusedPasswordException when the password breaks the policy (the link
	 * stays usable)
	 */
	@Transactional
	public String setPassword(String token, String password) {
		String userId = userOf(token).orElseThrow(InvalidLinkException::new);
		List<String> problems = this.policy.problems(userId, password);
		if (!problems.isEmpty()) {
			throw new RefusedPasswordException(problems);
		}
		Instant now = this.time.now();
		int used = this.jdbc
			.sql("UPDATE password_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now))
			.update();
		if (used != 1) {
			// another request used the same link a moment earlier
			throw new InvalidLinkException();
		}
		this.users.changePassword(userId, password);
		return userId;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The link is unknown, was used, or expired: ask for a new one. */
	public static class InvalidLinkException extends RuntimeException {

		InvalidLinkException() {
			super("This link to set a password is not valid: it was used already or it expired. "
					+ "Ask the company for a new one.");
		}

	}

	/** The password breaks the policy; each problem starts with "password: ". */
	public static class RefusedPasswordException extends RuntimeException {

		private final List<String> problems;

		RefusedPasswordException(List<String> problems) {
			super(String.join("; ", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return this.problems;
		}

	}

}
