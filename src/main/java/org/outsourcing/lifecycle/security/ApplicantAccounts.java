package org.outsourcing.lifecycle.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who apply on the careers page: a member of the {@code contractor}
 * group only, with an id made from their e-mail address and a random password nobody
 * knows, until they set their own through a {@link PasswordLinks link}.
 */
@Service
public class ApplicantAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_BASE_LENGTH = 48;

	private final IdmIdentityService identity;

	private final UserDirectory directory;

	ApplicantAccounts(IdmIdentityService identity, UserDirectory directory) {
		this.identity = identity;
		this.directory = directory;
	}

	/** The account that has this e-mail address (compared without case), if any. */
	@Transactional(readOnly = true)
	public Optional<String> withEmail(String email) {
		return this.identity.createUserQuery()
			.userEmail(email.strip())
			.list()
			.stream()
			.map(User::getId)
			.findFirst()
			.or(() -> this.identity.createUserQuery()
				.userEmailLike(email.strip())
				.list()
				.stream()
				.filter((user) -> email.strip().equalsIgnoreCase(user.getEmail()))
				.map(User::getId)
				.findFirst());
	}

	/**
	 * Creates the applicant's account.
	 * @return its user id
	 */
	@Transactional
	public String create(String name, String email) {
		String userId = freeId(email);
		User user = this.identity.newUser(userId);
		user.setFirstName(name.strip());
		user.setDisplayName(name.strip());
		user.setEmail(email.strip());
		user.setPassword(unknownPassword());
		this.identity.saveUser(user);
		this.directory.ensureGroup(Groups.CONTRACTOR);
		this.identity.createMembership(userId, Groups.CONTRACTOR);
		return userId;
	}

	/** {@code carla.m} for carla.m@example.com, {@code carla.m-2} when that is taken. */
	private String freeId(String email) {
		String local = email.strip().toLowerCase(Locale.ROOT);
		local = local.substring(0, Math.max(local.indexOf('@'), 0)).replaceAll("[^a-z0-9._-]", ".");
		local = local.replaceAll("^[._-]+", "");
		if (local.isEmpty()) {
			local = "applicant";
		}
		String base = (local.length() > MAX_BASE_LENGTH) ? local.substring(0, MAX_BASE_LENGTH) : local;
		String candidate = base;
		for (int n = 2; taken(candidate); n++) {
			candidate = base + "-" + n;
		}
		if (!UserIds.isValid(candidate)) {
			throw new IllegalStateException("No valid user id could be made from the address");
		}
		return candidate;
	}

	private boolean taken(String userId) {
		return this.identity.createUserQuery().userId(userId).count() > 0;
	}

	private static String unknownPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
