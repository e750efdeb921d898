package org.outsourcing.lifecycle.security;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.idm.api.User;
import org.flowable.idm.engine.impl.cmd.SaveUserCmd;
import org.flowable.idm.engine.impl.cmd.UpdateUserPasswordCmd;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.util.ReflectionUtils;

/**
 * Accounts that a person creates or changes (an admin through {@code /process-api} or any
 * later UI) obey {@link UserIds} and {@link PasswordPolicy}, inside the IDM engine so
 * that every way in is covered. Accounts the application creates at start (the demo
 * users, the production admin) come from no request and are exempt.
 */
class AccountRules extends AbstractCommandInterceptor {

	private final PasswordPolicy passwords;

	private final UserLookup users;

	AccountRules(PasswordPolicy passwords, UserLookup users) {
		this.passwords = passwords;
		this.users = users;
		CommandFields.require(SaveUserCmd.class, "user");
		CommandFields.require(UpdateUserPasswordCmd.class, "user");
	}

	@Override
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		if (byAPerson()) {
			if (command instanceof SaveUserCmd save) {
				User user = CommandFields.user(save);
				if (user != null && !this.users.exists(user.getId())) {
					require(user, true);
				}
			}
			else if (command instanceof UpdateUserPasswordCmd update) {
				require(CommandFields.user(update), false);
			}
		}
		return this.next.execute(config, command, commandExecutor);
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

	/**
	 * The private fields of Flowable's user commands, checked when the rules are built.
	 */
	private static final class CommandFields {

		static void require(Class<?> command, String name) {
			if (ReflectionUtils.findField(command, name) == null) {
				throw new IllegalStateException(command.getName() + " has no field '" + name
						+ "': the account rules do not fit this Flowable version");
			}
		}

		static User user(Object command) {
			var field = ReflectionUtils.findField(command.getClass(), "user");
			ReflectionUtils.makeAccessible(field);
			return (User) ReflectionUtils.getField(field, command);
		}

	}

}
