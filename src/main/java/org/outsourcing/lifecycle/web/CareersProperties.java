package org.outsourcing.lifecycle.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecycle.careers.*}: the abuse limits of the public application form.
 *
 * @param applicationsPerAddress how many applications one client address may post within
 * {@code rateWindow}; the next answers 429 with {@code Retry-After}
 * @param rateWindow the window those are counted in
 * @param maxRequestBytes the largest request body the public pages accept (413 beyond)
 */
@ConfigurationProperties("lifecycle.careers")
record CareersProperties(@DefaultValue("5") int applicationsPerAddress, @DefaultValue("PT1H") Duration rateWindow,
		@DefaultValue("65536") long maxRequestBytes) {

}
