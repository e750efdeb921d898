package org.outsourcing.lifecycle.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Successful password verifications, remembered for a few minutes so that an API client
 * sending HTTP Basic on every request pays BCrypt once, not on every call.
 * <p>
 * Nothing here can give a password back: an entry is keyed by an HMAC, under a random key
 * that lives only in this process, of the user name, the password and the stored password
 * hash. A password change (a new stored hash) therefore misses the cache by itself, on
 * every node; a failed attempt forgets the user's entries and is never remembered.
 */
final class VerifiedPasswords {

	private static final String HMAC = "HmacSHA256";

	/**
	 * Initialised once; each use works on a clone (getting and initialising a Mac costs
	 * more than the hash).
	 */
	private final Mac keyedMac;

	/** HMAC → user name, so that one user's entries can be forgotten. */
	private final Cache<String, String> verified;

	VerifiedPasswords(Duration rememberFor, long maximumSize) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			this.keyedMac = Mac.getInstance(HMAC);
			this.keyedMac.init(new SecretKeySpec(secret, HMAC));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime provides " + HMAC, ex);
		}
		this.verified = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(maximumSize).build();
	}

	boolean remembers(String username, String password, String storedHash) {
		return this.verified.getIfPresent(key(username, password, storedHash)) != null;
	}

	void remember(String username, String password, String storedHash) {
		this.verified.put(key(username, password, storedHash), username);
	}

	void forget(String username) {
		this.verified.asMap().values().removeIf(username::equals);
	}

	long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

	private String key(String username, String password, String storedHash) {
		try {
			Mac mac = (Mac) this.keyedMac.clone();
			// a zero byte cannot occur in a user name, a password typed into HTTP Basic
			// or a hash, so the three parts cannot be shifted into each other
			String message = username + '\0' + password + '\0' + storedHash;
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("The runtime's " + HMAC + " cannot be cloned", ex);
		}
	}

}
