package org.outsourcing.lifecycle.web;

import java.util.HashMap;
import java.util.Map;

import org.flowable.idm.api.User;
import org.flowable.engine.IdentityService;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The name people know a user by, for the pages ({@code ${@names.of(userId)}}): the
 * display name, else first and last name, else the user id (the system, a group, a user
 * that no longer exists).
 */
@Component("names")
public class PersonNames {

	private static final String KNOWN = PersonNames.class.getName() + ".known";

	private final IdentityService identities;

	PersonNames(IdentityService identities) {
		this.identities = identities;
	}

	public String of(String userId) {
		if (userId == null || userId.isBlank()) {
			return userId;
		}
		Map<String, String> known = knownInThisRequest();
		return (known != null) ? known.computeIfAbsent(userId, this::read) : read(userId);
	}

	/**
	 * A page names the same few people many times (an inbox of tasks assigned to one
	 * person): each is read once per request.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> knownInThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		Object known = request.getAttribute(KNOWN, RequestAttributes.SCOPE_REQUEST);
		if (known == null) {
			known = new HashMap<String, String>();
			request.setAttribute(KNOWN, known, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<String, String>) known;
	}

	private String read(String userId) {
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
