package org.outsourcing.lifecycle.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts failed logins per user name and client address (table {@code login_throttle})
 * and makes that pair wait after too many in a row: one second, then twice as long after
 * each further failure, at most {@code lockout-duration}. Per pair, so that someone who
 * knows a user's name cannot lock the user out from elsewhere; for every name, existing
 * or not, so that the answers tell nothing about which names exist. Kept in the database,
 * so every node of a cluster sees the same count and a restart frees no one.
 */
@Component
public class LoginAttempts {

	/**
	 * Request attribute: the pair (user, address) this request found without failures.
	 */
	private static final String NO_FAILURES = LoginAttempts.class.getName() + ".noFailures";

	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	/** Longest stored name and address; longer ones are cut (they are only keys). */
	private static final int MAX_USER = 255;

	private static final int MAX_ADDRESS = 64;

	private final JdbcTemplate jdbc;

	private final EngineTime time;

	private final SecurityProperties properties;

	LoginAttempts(JdbcTemplate jdbc, EngineTime time, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.time = time;
		this.properties = properties;
	}

	/**
	 * Whether this pair must wait now. Read at every authentication, so that a lockout
	 * decided on another node holds here at once. When the pair has no failures on
	 * record, the current request remembers it, so that the success which usually follows
	 * needs no write ({@link #succeeded}).
	 */
	public boolean isBlocked(String userId, String clientAddress) {
		String user = user(userId);
		String address = address(clientAddress);
		List<Timestamp> blockedUntil = this.jdbc.queryForList(
				"select blocked_until from login_throttle where user_id = ? and client_address = ?", Timestamp.class,
				user, address);
		if (blockedUntil.isEmpty()) {
			rememberNoFailures(user, address);
			return false;
		}
		return blockedUntil.get(0) != null && blockedUntil.get(0).toInstant().isAfter(this.time.now());
	}

	/** One more failed login; from the limit on, each one doubles the wait. */
	@Transactional
	public void failed(String userId, String clientAddress) {
		Instant now = this.time.now();
		String user = user(userId);
		String address = address(clientAddress);
		int updated = this.jdbc.update("update login_throttle set failures = failures + 1, last_failure = ? "
				+ "where user_id = ? and client_address = ?", Timestamp.from(now), user, address);
		if (updated == 0) {
			this.jdbc.update(
					"insert into login_throttle (user_id, client_address, failures, last_failure) values (?, ?, 1, ?)",
					user, address, Timestamp.from(now));
		}
		Integer failures = this.jdbc.queryForObject(
				"select failures from login_throttle where user_id = ? and client_address = ?", Integer.class, user,
				address);
		if (failures != null && failures >= this.properties.maxFailedLogins()) {
			this.jdbc.update("update login_throttle set blocked_until = ? where user_id = ? and client_address = ?",
					Timestamp.from(now.plus(delay(failures - this.properties.maxFailedLogins()))), user, address);
		}
	}

	/** A successful login forgets the failures from that address before it. */
	public void succeeded(String userId, String clientAddress) {
		String user = user(userId);
		String address = address(clientAddress);
		if (!hadNoFailures(user, address)) {
			this.jdbc.update("delete from login_throttle where user_id = ? and client_address = ?", user, address);
		}
	}

	/** Whether the user must wait before signing in from some address now. */
	public boolean isLockedAnywhere(String userId) {
		return this.jdbc.queryForObject(
				"select count(*) from login_throttle where user_id = ? and blocked_until is not null and blocked_until > ?",
				Integer.class, user(userId), Timestamp.from(this.time.now())) > 0;
	}

	/**
	 * An admin lets the user sign in again at once, from every address.
	 * @return how many addresses had failures counted
	 */
	@Transactional
	public int unlock(String userId) {
		return this.jdbc.update("delete from login_throttle where user_id = ?", user(userId));
	}

	private Duration delay(int beyondLimit) {
		Duration longest = this.properties.lockoutDuration();
		// 2^20 seconds is beyond any sensible longest delay: stop doubling there
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyondLimit, 20));
		return (delay.compareTo(longest) > 0) ? longest : delay;
	}

	private static void rememberNoFailures(String user, String address) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(NO_FAILURES, user + '\0' + address, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * Whether this request found no failures of the pair on record before authenticating.
	 */
	private static boolean hadNoFailures(String user, String address) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null
				&& (user + '\0' + address).equals(request.getAttribute(NO_FAILURES, RequestAttributes.SCOPE_REQUEST));
	}

	private static String user(String userId) {
		String user = (userId != null) ? userId : "";
		return (user.length() > MAX_USER) ? user.substring(0, MAX_USER) : user;
	}

	private static String address(String clientAddress) {
		String address = (clientAddress != null) ? clientAddress : "unknown";
		return (address.length() > MAX_ADDRESS) ? address.substring(0, MAX_ADDRESS) : address;
	}

}
