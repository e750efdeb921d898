package org.outsourcing.lifecycle.security;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecycle.security.api-tokens.*}: personal API tokens ({@link ApiTokens}).
 *
 * @param defaultLifetime how long a token lives when its creator names no expiry
 * @param maxLifetime the furthest expiry a creator may choose
 * @param recordUseEvery a token's use is written to the audit trail (and its
 * {@code last_used_at}) at its first call, then at most once per this time: not on every
 * request of a script's hot loop
 */
@ConfigurationProperties("lifecycle.security.api-tokens")
public record ApiTokenProperties(@DefaultValue("P90D") Period defaultLifetime,
		@DefaultValue("P365D") Period maxLifetime, @DefaultValue("PT1H") Duration recordUseEvery) {

}
