package org.outsourcing.lifecycle.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecycle.security.*}: the production admin password and the lockout after
 * repeated failed logins.
 *
 * @param adminPassword password of the {@code admin} user, required by the {@code prod}
 * profile (set it from the environment: {@code LIFECYCLE_SECURITY_ADMIN_PASSWORD})
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param bcryptStrength BCrypt's log rounds for new password hashes (existing hashes
 * carry their own)
 * @param rememberVerifiedPasswordFor how long a successful password check is remembered
 * (API clients send their password with every request; {@code PT0S} verifies every time)
 * @param rememberUserFor how long a user's groups and password hash are remembered
 * between requests ({@link DirectoryCache}); changes made through this node take effect
 * at once, those made through another node of a cluster within this time
 */
@ConfigurationProperties("lifecycle.security")
public record SecurityProperties(String adminPassword, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("PT15M") Duration lockoutDuration, @DefaultValue("10") int bcryptStrength,
		@DefaultValue("PT5M") Duration rememberVerifiedPasswordFor, @DefaultValue("PT30S") Duration rememberUserFor) {

}
