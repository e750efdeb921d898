package org.outsourcing.lifecycle.security;

import java.time.Instant;

/** Whether a token still works, as its lists show it. */
public enum ApiTokenStatus {

	ACTIVE, EXPIRED, REVOKED;

	public static ApiTokenStatus of(ApiToken token, Instant now) {
		if (token.revoked()) {
			return REVOKED;
		}
		return token.expiredAt(now) ? EXPIRED : ACTIVE;
	}

}
