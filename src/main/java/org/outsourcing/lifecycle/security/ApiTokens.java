package org.outsourcing.lifecycle.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens (table {@code api_token}): a user creates them for scripts, lists
 * and revokes their own; admins list and revoke anyone's. Creation and revocation are
 * written to the audit trail in the same transaction; a use at the first call and then at
 * most once per {@code record-use-every}, so that a script's hot loop does not write an
 * audit entry per request. The token's value is returned once, at creation, and never
 * stored: only the SHA-256 of its secret ({@link ApiTokenValue}).
 */
@Service
public class ApiTokens {

	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final AuditTrail trail;

	private final ApiTokenProperties properties;

	private final TransactionTemplate transaction;

	/** Token id → when this node last recorded its use. */
	private final Cache<String, Instant> useRecorded;

	private final RowMapper<ApiToken> row = (rs, n) -> new ApiToken(rs.getString("id"), rs.getString("user_id"),
			rs.getString("name"), instant(rs.getObject("created_at", OffsetDateTime.class)),
			instant(rs.getObject("expires_at", OffsetDateTime.class)),
			instant(rs.getObject("last_used_at", OffsetDateTime.class)),
			instant(rs.getObject("revoked_at", OffsetDateTime.class)), rs.getString("revoked_by"));

	ApiTokens(JdbcClient jdbc, EngineTime time, AuditTrail trail, ApiTokenProperties properties,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.time = time;
		this.trail = trail;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.useRecorded = Caffeine.newBuilder()
			.expireAfterWrite(properties.recordUseEvery())
			.maximumSize(100_000)
			.build();
	}

	/**
	 * A new token of this user, valid through {@code expiresOn} (UTC; {@code null}: the
	 * default lifetime). Refuses a missing or too long name, and an expiry that is not
	 * after today or beyond the longest lifetime, naming the field.
	 */
	@Transactional
	public CreatedApiToken create(String userId, String name, LocalDate expiresOn) {
		Instant now = this.time.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		String trimmed = (name != null) ? name.strip() : "";
		LocalDate lastDay = (expiresOn != null) ? expiresOn : today.plus(this.properties.defaultLifetime());
		List<String> problems = new ArrayList<>();
		if (trimmed.isEmpty()) {
			problems.add("name: is required (say what the token is for)");
		}
		else if (trimmed.length() > MAX_NAME) {
			problems.add("name: at most " + MAX_NAME + " characters");
		}
		if (!lastDay.isAfter(today)) {
			problems.add("expiresOn: must be a day after today (" + today + ")");
		}
		else if (lastDay.isAfter(today.plus(this.properties.maxLifetime()))) {
			problems.add("expiresOn: at most " + today.plus(this.properties.maxLifetime()) + " ("
					+ this.properties.maxLifetime().getDays() + " days ahead)");
		}
		if (!problems.isEmpty()) {
			throw new FlowableIllegalArgumentException(String.join("; ", problems));
		}
		ApiTokenValue value = ApiTokenValue.generate();
		Instant expiresAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		this.jdbc
			.sql("INSERT INTO api_token (id, user_id, name, secret_hash, created_at, expires_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(value.id(), userId, trimmed, value.secretHash(), utc(now), utc(expiresAt))
			.update();
		ApiToken token = new ApiToken(value.id(), userId, trimmed, now, expiresAt, null, null, null);
		record(AuditEntryType.API_TOKEN_CREATED, userId, token);
		return new CreatedApiToken(token, value.value());
	}

	/** The user's tokens, newest first, revoked and expired ones included. */
	public List<ApiToken> of(String userId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE user_id = ? ORDER BY created_at DESC, id")
			.param(userId)
			.query(this.row)
			.list();
	}

	/** Everyone's tokens, for admins. */
	public List<ApiToken> all() {
		return this.jdbc.sql("SELECT * FROM api_token ORDER BY user_id, created_at DESC, id").query(this.row).list();
	}

	/**
	 * Revokes a token of the caller, or anyone's for an admin; someone else's token is
	 * answered like a missing one. Revoking a revoked token changes nothing.
	 */
	@Transactional
	public ApiToken revoke(String tokenId, CurrentUser by) {
		ApiToken token = find(tokenId).filter((found) -> by.isAdmin() || found.userId().equals(by.id()))
			.orElseThrow(() -> new FlowableObjectNotFoundException("There is no API token " + tokenId + " of yours"));
		if (token.revoked()) {
			return token;
		}
		Instant now = this.time.now();
		this.jdbc.sql("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
			.params(utc(now), by.id(), tokenId)
			.update();
		ApiToken revoked = new ApiToken(token.id(), token.userId(), token.name(), token.createdAt(), token.expiresAt(),
				token.lastUsedAt(), now, by.id());
		record(AuditEntryType.API_TOKEN_REVOKED, by.id(), revoked);
		return revoked;
	}

	/**
	 * The token a caller presented, if it exists, its secret matches, and it is neither
	 * revoked nor expired. Read from the database on every call, so that a revocation
	 * takes effect at the next request on every node.
	 */
	Optional<ApiToken> verify(String presented) {
		Optional<ApiTokenValue> value = ApiTokenValue.parse(presented);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.time.now();
		return this.jdbc.sql("SELECT * FROM api_token WHERE id = ?")
			.param(value.get().id())
			.query((rs, n) -> value.get().matches(rs.getString("secret_hash")) ? this.row.mapRow(rs, n) : null)
			.list()
			.stream()
			.filter((token) -> token != null && token.activeAt(now))
			.findFirst();
	}

	/**
	 * Records that the token was used: its first use, then at most once per
	 * {@code record-use-every} (on all nodes together: the row's {@code last_used_at}
	 * decides, this node's memory only spares the database).
	 */
	void used(ApiToken token) {
		Instant now = this.time.now();
		Instant recorded = this.useRecorded.getIfPresent(token.id());
		if (recorded != null && recorded.plus(this.properties.recordUseEvery()).isAfter(now)
				&& !recorded.isAfter(now)) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			int updated = this.jdbc
				.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? "
						+ "AND (last_used_at IS NULL OR last_used_at <= ? OR last_used_at > ?)")
				.params(utc(now), token.id(), utc(now.minus(this.properties.recordUseEvery())), utc(now))
				.update();
			if (updated == 1) {
				record(AuditEntryType.API_TOKEN_USED, token.userId(), token);
			}
		});
		this.useRecorded.put(token.id(), now);
	}

	private Optional<ApiToken> find(String tokenId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE id = ?").param(tokenId).query(this.row).optional();
	}

	private void record(AuditEntryType type, String actor, ApiToken token) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("tokenId", token.id());
		details.put("tokenName", token.name());
		details.put("tokenUser", token.userId());
		details.put("expiresAt", token.expiresAt().toString());
		this.trail.record(AuditEvent.of(null, type, actor, null, details));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * A token just created, with its value: shown to its creator once, never again.
	 */
	public record CreatedApiToken(ApiToken token, String value) {

		@Override
		public String toString() {
			return "CreatedApiToken[token=" + this.token + "]";
		}

	}

}
