package org.outsourcing.lifecycle.security;

import java.time.Instant;

/**
 * A personal API token as its owner and the admins see it: never its secret, which only
 * its creator saw, once.
 *
 * @param id the public part of the token, also in its value ({@code olt_<id>_<secret>})
 * @param expiresAt the first instant at which the token no longer works
 * @param lastUsedAt the last recorded use (recorded at most once per
 * {@code record-use-every}), or {@code null}
 */
public record ApiToken(String id, String userId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, String revokedBy) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

	public boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** Whether it still authenticates at this instant. */
	public boolean activeAt(Instant now) {
		return !revoked() && !expiredAt(now);
	}

}
