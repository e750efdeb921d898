package org.outsourcing.lifecycle.security;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.outsourcing.lifecycle.core.engine.EngineCommand;

/**
 * Accounts that a person creates or changes (an admin through {@code /process-api} or any
 * later UI) obey {@link UserIds} and {@link PasswordPolicy}, inside the IDM engine so
 * that every way in is covered. Accounts the application creates at start (the demo
 * users, the production admin) come from no request and are exempt.
 */
class AccountRules implements CommandSteps.Step {

	private final PasswordPolicy passwords;

	private final UserLookup users;

	AccountRules(PasswordPolicy passwords, UserLookup users) {
		this.passwords = passwords;
		this.users = users;
	}

	@Override
	public Object around(EngineCommand command, CommandSteps.Next next) {
		if (byAPerson()) {
			User saved = command.savedUser();
			if (saved != null && !this.users.exists(saved.getId())) {
				require(saved, true);
			}
			require(command.userWithNewPassword(), false);
		}
		return next.run(command);
	}

	private void require(User user, boolean created) {
		if (user == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (created && !UserIds.isValid(user.getId())) {
			problems.add("id: use lower-case letters, digits, '.', '_' and '-' only");
		}
		problems.addAll(this.passwords.problems(user.getId(), user.getPassword()));
		if (!problems.isEmpty()) {
			throw new FlowableIllegalArgumentException(String.join("; ", problems));
		}
	}

	private static boolean byAPerson() {
		return CurrentUser.signedIn().isPresent();
	}

	/** Whether a user id is taken; the interceptor cannot query the engine it guards. */
	interface UserLookup {

		boolean exists(String userId);

	}

}
