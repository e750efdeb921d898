package org.outsourcing.lifecycle.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.outsourcing.lifecycle.config.EngineTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per user (table {@code login_attempt}) and locks an account for a
 * while after too many in a row. Kept in the database, not in memory, so that every node
 * of a cluster sees the same count and a restart does not unlock an account under attack.
 */
@Component
public class LoginAttempts {

	private final JdbcTemplate jdbc;

	private final EngineTime time;

	private final SecurityProperties properties;

	LoginAttempts(JdbcTemplate jdbc, EngineTime time, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.time = time;
		this.properties = properties;
	}

	public boolean isLocked(String userId) {
		List<Timestamp> lockedUntil = this.jdbc.queryForList(
				"select locked_until from login_attempt where user_id = ? and locked_until is not null",
				Timestamp.class, userId);
		return !lockedUntil.isEmpty() && lockedUntil.get(0).toInstant().isAfter(this.time.now());
	}

	/**
	 * One more failed login; the one that reaches the limit locks the account and starts
	 * the count again.
	 */
	@Transactional
	public void failed(String userId) {
		Instant now = this.time.now();
		int updated = this.jdbc.update(
				"update login_attempt set failures = failures + 1, last_failure = ? where user_id = ?",
				Timestamp.from(now), userId);
		if (updated == 0) {
			this.jdbc.update("insert into login_attempt (user_id, failures, last_failure) values (?, 1, ?)", userId,
					Timestamp.from(now));
		}
		this.jdbc.update("update login_attempt set failures = 0, locked_until = ? where user_id = ? and failures >= ?",
				Timestamp.from(now.plus(this.properties.lockoutDuration())), userId, this.properties.maxFailedLogins());
	}

	/** A successful login forgets the failures before it. */
	public void succeeded(String userId) {
		this.jdbc.update("delete from login_attempt where user_id = ?", userId);
	}

}
