package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.Group;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Writes users and groups into Flowable IDM idempotently, so that the start-up accounts
 * can be created on every start without duplicates. The IDM engine hashes passwords with
 * the application's BCrypt encoder. Creates the role groups on start: they are part of
 * the model (candidate groups), not demo data.
 */
@Component
public class UserDirectory implements SmartInitializingSingleton {

	private final IdmIdentityService identity;

	UserDirectory(IdmIdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Groups.ALL.forEach(this::ensureGroup);
	}

	public void ensureGroup(String groupId) {
		if (this.identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = this.identity.newGroup(groupId);
			group.setName(groupId);
			group.setType("role");
			this.identity.saveGroup(group);
		}
	}

	/**
	 * Creates the user with this password if it does not exist yet, and makes it a member
	 * of the group. An existing user keeps its password.
	 * @return whether the user was created
	 */
	public boolean ensureUser(String userId, String password, String email, String groupId) {
		boolean created = false;
		if (this.identity.createUserQuery().userId(userId).count() == 0) {
			User user = this.identity.newUser(userId);
			user.setFirstName(userId);
			user.setDisplayName(userId);
			user.setEmail(email);
			user.setPassword(password);
			this.identity.saveUser(user);
			created = true;
		}
		ensureGroup(groupId);
		if (this.identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			this.identity.createMembership(userId, groupId);
		}
		return created;
	}

	/** Sets the password of an existing user (hashed by the IDM engine). */
	public void changePassword(String userId, String password) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		user.setPassword(password);
		this.identity.updateUserPassword(user);
	}

}
