package org.outsourcing.lifecycle.security;

import java.util.ArrayList;
import java.util.List;

import org.outsourcing.lifecycle.core.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of a local run and of the tests: one user per role, named after the
 * role, plus a second applicant {@code contractor2}; password {@value #PASSWORD}, e-mail
 * {@code <name>@example.com} (notifications read it). Never in the {@code prod} profile.
 */
@Component
@Profile("!prod")
class DemoUsers implements SmartInitializingSingleton {

	static final String PASSWORD = "demo";

	static final String SECOND_APPLICANT = "contractor2";

	private static final Logger logger = LoggerFactory.getLogger(DemoUsers.class);

	private final UserDirectory directory;

	DemoUsers(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> created = new ArrayList<>();
		for (String group : Groups.ALL) {
			if (this.directory.ensureUser(group, PASSWORD, group + "@example.com", group)) {
				created.add(group);
			}
		}
		if (this.directory.ensureUser(SECOND_APPLICANT, PASSWORD, SECOND_APPLICANT + "@example.com",
				Groups.CONTRACTOR)) {
			created.add(SECOND_APPLICANT);
		}
		if (!created.isEmpty()) {
			logger.warn("Created demo users {} with the password '{}': never use this profile in production "
					+ "(run with the 'prod' profile)", created, PASSWORD);
		}
	}

}
