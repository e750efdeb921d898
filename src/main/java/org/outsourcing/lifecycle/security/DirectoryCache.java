package org.outsourcing.lifecycle.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The accounts of the directory as authentication needs them (password hash and groups),
 * remembered for {@code remember-user-for} so that an API client's every request does not
 * query the IDM tables twice. Every change of a user, a group or a membership made
 * through the IDM engine of this node forgets all of them at once
 * ({@link DirectoryChanges}), when it happens and again when its transaction ends; on the
 * other nodes of a cluster it takes effect within {@code remember-user-for}. Lockouts are
 * not remembered: they are read at every request.
 * <p>
 * A load that began before a change would store what it read before the change: each
 * entry carries the generation it was read in, and an entry of an older generation is
 * read again.
 */
@Component
class DirectoryCache {

	private final Cache<String, Account> accounts;

	private final AtomicLong generation = new AtomicLong();

	DirectoryCache(SecurityProperties properties) {
		this.accounts = Caffeine.newBuilder()
			.expireAfterWrite(properties.rememberUserFor())
			.maximumSize(10_000)
			.build();
	}

	/** The account, remembered or read with {@code load}; {@code null} if none. */
	Account account(String userId, Function<String, Account> load) {
		long current = this.generation.get();
		Account remembered = this.accounts.getIfPresent(userId);
		if (remembered != null && remembered.generation() == current) {
			return remembered;
		}
		Account read = load.apply(userId);
		if (read != null) {
			this.accounts.put(userId, read.withGeneration(current));
		}
		return read;
	}

	void forgetAll() {
		this.generation.incrementAndGet();
		this.accounts.invalidateAll();
	}

	/**
	 * A user's id, password hash, group ids and whether an admin disabled them, as read
	 * in one generation.
	 */
	record Account(String id, String passwordHash, List<String> groupIds, boolean disabled, long generation) {

		Account withGeneration(long readIn) {
			return new Account(this.id, this.passwordHash, this.groupIds, this.disabled, readIn);
		}

	}

}
