package org.outsourcing.lifecycle.web;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.stereotype.Component;

/**
 * How many applications one client address may post on the public careers page: a fixed
 * window per address, counted on this node (a bounded Caffeine cache, so a flood of
 * addresses cannot exhaust the memory). Every post counts, valid or not: the limit is
 * against floods, not against mistakes.
 */
@Component
class ApplicationRateLimit {

	private static final long MAX_ADDRESSES = 100_000;

	private final CareersProperties properties;

	private final EngineTime time;

	private final Cache<String, Window> windows;

	ApplicationRateLimit(CareersProperties properties, EngineTime time) {
		this.properties = properties;
		this.time = time;
		this.windows = Caffeine.newBuilder()
			.maximumSize(MAX_ADDRESSES)
			.expireAfterWrite(properties.rateWindow())
			.build();
	}

	/**
	 * Counts one post from this address.
	 * @return empty when it may go on, else the seconds until the address may post again
	 */
	OptionalLong take(String address) {
		Instant now = this.time.now();
		Window window = this.windows.asMap()
			.compute(address,
					(key, current) -> (current == null || !now.isBefore(current.ends()))
							? new Window(now.plus(this.properties.rateWindow()), 1)
							: new Window(current.ends(), current.posts() + 1));
		if (window.posts() <= this.properties.applicationsPerAddress()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, Duration.between(now, window.ends()).toSeconds()));
	}

	/** Forgets every address (tests share one application). */
	void reset() {
		this.windows.invalidateAll();
	}

	private record Window(Instant ends, int posts) {
	}

}
