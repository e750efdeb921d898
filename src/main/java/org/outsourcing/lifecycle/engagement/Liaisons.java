package org.outsourcing.lifecycle.engagement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flowable.engine.IdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.stereotype.Component;

/**
 * The people of the liaison group, whom the owner names as the contractor's one contact:
 * the options of the forms' liaison fields, user id to name.
 */
@Component("liaisons")
public class Liaisons {

	private final IdentityService identities;

	Liaisons(IdentityService identities) {
		this.identities = identities;
	}

	public Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		for (User user : this.identities.createUserQuery().memberOfGroup(Groups.LIAISON).orderByUserId().asc().list()) {
			options.put(user.getId(), name(user));
		}
		return options;
	}

	private static String name(User user) {
		String name = ((user.getFirstName() != null ? user.getFirstName() : "") + " "
				+ (user.getLastName() != null ? user.getLastName() : ""))
			.strip();
		return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
	}

}
