package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code lifecycle.*}: the default deadline of every stage and how the
 * outbox delivers notifications.
 */
@ConfigurationProperties("lifecycle")
public record LifecycleProperties(Map<String, String> deadlines, NotificationSettings notifications) {

	public record NotificationSettings(String from, Duration deliveryInterval, int maxAttempts) {
	}

}
