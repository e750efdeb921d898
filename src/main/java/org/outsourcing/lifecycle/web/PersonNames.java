package org.outsourcing.lifecycle.web;

import org.flowable.idm.api.User;
import org.flowable.engine.IdentityService;

import org.springframework.stereotype.Component;

/**
 * The name people know a user by, for the pages ({@code ${@names.of(userId)}}): the
 * display name, else first and last name, else the user id (the system, a group, a user
 * that no longer exists).
 */
@Component("names")
public class PersonNames {

	private final IdentityService identities;

	PersonNames(IdentityService identities) {
		this.identities = identities;
	}

	public String of(String userId) {
		if (userId == null || userId.isBlank()) {
			return userId;
		}
		User user = this.identities.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = (user.getDisplayName() != null && !user.getDisplayName().isBlank()) ? user.getDisplayName()
				: (((user.getFirstName() != null) ? user.getFirstName() : "") + " "
						+ ((user.getLastName() != null) ? user.getLastName() : ""))
					.strip();
		return name.isEmpty() ? userId : name;
	}

}
