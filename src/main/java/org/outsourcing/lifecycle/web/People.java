package org.outsourcing.lifecycle.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.idm.api.Group;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.security.DisabledAccounts;
import org.outsourcing.lifecycle.security.LoginAttempts;
import org.outsourcing.lifecycle.security.PasswordLinks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with people on the operations pages: list them, create one (in the
 * product's groups only), send a one-time link to set a password (a new account's first,
 * or a reset: no one ever sees a password), and let a locked-out user sign in again. Each
 * change is an audit entry in its own transaction.
 */
@Service
class People {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdmIdentityService identity;

	private final PasswordLinks links;

	private final Notifications notifications;

	private final LoginAttempts attempts;

	private final AuditTrail audit;

	private final DisabledAccounts disabled;

	People(IdmIdentityService identity, PasswordLinks links, Notifications notifications, LoginAttempts attempts,
			AuditTrail audit, DisabledAccounts disabled) {
		this.disabled = disabled;
		this.identity = identity;
		this.links = links;
		this.notifications = notifications;
		this.attempts = attempts;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Person> all() {
		return this.identity.createUserQuery().orderByUserId().asc().list().stream().map(this::person).toList();
	}

	/**
	 * Creates the user in these groups and mails them a link to set their password.
	 * @throws FlowableIllegalArgumentException naming the field that is wrong
	 */
	@Transactional
	void create(String userId, String name, String email, List<String> groups) {
		String id = (userId != null) ? userId.strip() : "";
		if (id.isEmpty()) {
			throw new FlowableIllegalArgumentException("id: is required");
		}
		if (this.identity.createUserQuery().userId(id).count() > 0) {
			throw new FlowableIllegalArgumentException("id: '" + id + "' is taken; choose another");
		}
		checkEmail(email);
		if (groups == null || groups.isEmpty() || !Groups.ALL.containsAll(groups)) {
			throw new FlowableIllegalArgumentException(
					"groups: choose one or more of " + String.join(", ", Groups.ALL));
		}
		User user = this.identity.newUser(id);
		user.setFirstName((name != null && !name.isBlank()) ? name.strip() : id);
		user.setDisplayName(user.getFirstName());
		user.setEmail(email.strip());
		user.setPassword(unknownPassword());
		this.identity.saveUser(user);
		groups.forEach((group) -> this.identity.createMembership(id, group));
		record(AuditEntryType.ACCOUNT_CREATED, Map.of("userId", id, "groups", String.join(",", groups)));
		sendLink(user, "An account was opened for you");
	}

	/**
	 * Mails the user a new one-time link to set their password; older links stop working.
	 */
	@Transactional
	void sendPasswordLink(String userId) {
		sendLink(user(userId), "Set a new password");
	}

	/** Lets the user sign in again now, from every address. */
	@Transactional
	void unlock(String userId) {
		user(userId);
		int addresses = this.attempts.unlock(userId);
		record(AuditEntryType.ADMIN_INTERVENTION,
				Map.of("action", "unlock login", "userId", userId, "addressesCleared", addresses));
	}

	@Transactional(readOnly = true)
	Person find(String userId) {
		return person(user(userId));
	}

	/** Changes the user's name and e-mail address. */
	@Transactional
	void update(String userId, String name, String email) {
		User user = user(userId);
		if (name == null || name.isBlank()) {
			throw new FlowableIllegalArgumentException("name: is required");
		}
		checkEmail(email);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("nameBefore", user.getDisplayName());
		before.put("emailBefore", user.getEmail());
		user.setFirstName(name.strip());
		user.setLastName(null);
		user.setDisplayName(name.strip());
		user.setEmail(email.strip());
		this.identity.saveUser(user);
		Map<String, Object> details = new LinkedHashMap<>(Map.of("action", "edit user", "userId", userId));
		details.putAll(before);
		details.put("name", user.getDisplayName());
		details.put("email", user.getEmail());
		record(AuditEntryType.ADMIN_INTERVENTION, details);
	}

	/**
	 * Disables or enables the user's sign-in; an admin cannot lock themselves out.
	 */
	@Transactional
	void setDisabled(String userId, boolean disable) {
		user(userId);
		if (disable && userId.equals(CurrentUser.actorId())) {
			throw new FlowableIllegalArgumentException(
					"You cannot disable your own account; ask another admin if it must be disabled");
		}
		if (disable) {
			this.disabled.disable(userId);
		}
		else {
			this.disabled.enable(userId);
		}
		record(AuditEntryType.ADMIN_INTERVENTION,
				Map.of("action", disable ? "disable user" : "enable user", "userId", userId));
	}

	/** Adds the user to one of the product's groups, or removes them from it. */
	@Transactional
	void setMembership(String userId, String group, boolean member) {
		user(userId);
		if (group == null || !Groups.ALL.contains(group)) {
			throw new FlowableIllegalArgumentException("group: choose one of " + String.join(", ", Groups.ALL));
		}
		boolean now = this.identity.createGroupQuery().groupMember(userId).groupId(group).count() > 0;
		if (now == member) {
			return;
		}
		if (!member && Groups.ADMIN.equals(group) && userId.equals(CurrentUser.actorId())) {
			throw new FlowableIllegalArgumentException(
					"group: you cannot remove yourself from the admin group; ask another admin");
		}
		if (member) {
			this.identity.createMembership(userId, group);
		}
		else {
			this.identity.deleteMembership(userId, group);
		}
		this.disabled.forgetRemembered();
		record(AuditEntryType.ADMIN_INTERVENTION,
				Map.of("action", member ? "add to group" : "remove from group", "userId", userId, "group", group));
	}

	private static void checkEmail(String email) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")) {
			throw new FlowableIllegalArgumentException("email: must be an e-mail address like name@example.com");
		}
	}

	private void sendLink(User user, String subject) {
		if (user.getEmail() == null || user.getEmail().isBlank()) {
			throw new FlowableIllegalArgumentException(
					"email: " + user.getId() + " has no e-mail address to send the link to");
		}
		String link = this.links.issue(user.getId());
		this.notifications.about(null, null, NotificationKind.INFORMATION)
			.toEmail(user.getEmail())
			.send(subject, "User name: " + user.getId() + "\n\nSet your password with this link (it works once):\n"
					+ link + "\n\nIf you did not expect this e-mail, tell the company's administrator.");
		record(AuditEntryType.PASSWORD_LINK_SENT, Map.of("userId", user.getId(), "reason", subject));
	}

	private User user(String userId) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			throw new FlowableObjectNotFoundException("No user '" + userId + "'", User.class);
		}
		return user;
	}

	private Person person(User user) {
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(user.getId())
			.list()
			.stream()
			.map(Group::getId)
			.sorted()
			.toList();
		return new Person(user.getId(), user.getDisplayName(), user.getEmail(), groups,
				this.attempts.isLockedAnywhere(user.getId()), this.disabled.isDisabled(user.getId()));
	}

	private void record(AuditEntryType type, Map<String, Object> details) {
		this.audit.record(AuditEvent.of(null, type, CurrentUser.actorId(), null, new LinkedHashMap<>(details)));
	}

	private static String unknownPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Person(String id, String name, String email, List<String> groups, boolean locked, boolean disabled) {
	}

}
