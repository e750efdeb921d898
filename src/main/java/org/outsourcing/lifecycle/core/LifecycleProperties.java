package org.outsourcing.lifecycle.core;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code lifecycle.*}: the default deadline of every stage, the bounds of
 * its loops (reposts, recruitment rounds, revisions) and how the outbox delivers
 * notifications.
 */
@ConfigurationProperties("lifecycle")
public record LifecycleProperties(Map<String, String> deadlines, Map<String, Integer> limits,
		NotificationSettings notifications) {

	public record NotificationSettings(String from, Duration deliveryInterval, int maxAttempts) {
	}

}
