package org.outsourcing.lifecycle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a personal API token, {@code olt_<id>_<secret>}: 64 random bits of id,
 * which finds the token's row, and 256 random bits of secret. Only the SHA-256 of the
 * secret is stored: 256 random bits cannot be guessed, so a slow password hash would add
 * nothing but a cost on every request. The prefix lets secret scanners recognise a leaked
 * token.
 */
record ApiTokenValue(String id, String secret) {

	static final String PREFIX = "olt_";

	private static final Pattern FORMAT = Pattern.compile("olt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

	private static final SecureRandom RANDOM = new SecureRandom();

	static ApiTokenValue generate() {
		byte[] id = new byte[8];
		byte[] secret = new byte[32];
		RANDOM.nextBytes(id);
		RANDOM.nextBytes(secret);
		return new ApiTokenValue(HexFormat.of().formatHex(id),
				Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** The token a caller presented, if it has the token format at all. */
	static Optional<ApiTokenValue> parse(String presented) {
		Matcher matcher = FORMAT.matcher(presented);
		return matcher.matches() ? Optional.of(new ApiTokenValue(matcher.group(1), matcher.group(2)))
				: Optional.empty();
	}

	String value() {
		return PREFIX + this.id + "_" + this.secret;
	}

	String secretHash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.secret.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	/**
	 * Compares in constant time, so that the answer's timing tells nothing of the hash.
	 */
	boolean matches(String storedHash) {
		return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	/** Never the secret: a token must not end up in a log through its string form. */
	@Override
	public String toString() {
		return "ApiTokenValue[id=" + this.id + "]";
	}

}
