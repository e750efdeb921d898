package org.outsourcing.lifecycle.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecycle.accounts.*}: the one-time links that let a person set their password.
 *
 * @param publicUrl the address people reach the application at, which e-mailed links
 * start with; configured, never taken from a request's Host header (which an attacker
 * could point at their own site to collect tokens)
 * @param passwordLinkValidity how long a link to set a password stays usable
 */
@ConfigurationProperties("lifecycle.accounts")
public record AccountLinkProperties(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("PT24H") Duration passwordLinkValidity) {

	/** The address of the page that sets a password with this token. */
	public String passwordLink(String token) {
		return page(PasswordLinks.PAGE + "?token=" + token);
	}

	/** The public address of a page, e.g. {@code /careers/42}. */
	public String page(String path) {
		String base = this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1)
				: this.publicUrl;
		return base + path;
	}

}
