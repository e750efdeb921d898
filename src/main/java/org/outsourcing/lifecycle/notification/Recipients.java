package org.outsourcing.lifecycle.notification;

import java.util.List;
import java.util.Objects;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox recipient (group, user or address) into e-mail addresses from the user
 * directory.
 */
@Component
public class Recipients {

	private final IdmIdentityService identity;

	Recipients(IdmIdentityService identity) {
		this.identity = identity;
	}

	List<String> addressesOf(Notification notification) {
		if (notification.recipientEmail() != null) {
			return List.of(notification.recipientEmail());
		}
		List<User> users = (notification.recipientUser() != null)
				? this.identity.createUserQuery().userId(notification.recipientUser()).list()
				: this.identity.createUserQuery().memberOfGroup(notification.recipientGroup()).list();
		return addresses(users);
	}

	/** The addresses of a group's members who have one. */
	public List<String> ofGroup(String group) {
		return addresses(this.identity.createUserQuery().memberOfGroup(group).list());
	}

	private static List<String> addresses(List<User> users) {
		return users.stream().map(User::getEmail).filter(Objects::nonNull).filter((mail) -> !mail.isBlank()).toList();
	}

}
