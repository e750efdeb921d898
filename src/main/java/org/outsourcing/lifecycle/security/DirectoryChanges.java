package org.outsourcing.lifecycle.security;

import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.query.AbstractNativeQuery;
import org.flowable.common.engine.impl.query.AbstractQuery;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every command of the IDM engine but its reads may change a user, a password, a group or
 * a membership: after it, and again after the transaction it ran in ends, the remembered
 * accounts are forgotten ({@link DirectoryCache}). Reads pass untouched, so the requests
 * that authenticate keep what is remembered.
 */
class DirectoryChanges extends AbstractCommandInterceptor {

	private final DirectoryCache cache;

	DirectoryChanges(DirectoryCache cache) {
		this.cache = cache;
	}

	@Override
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		if (reads(command)) {
			return this.next.execute(config, command, commandExecutor);
		}
		try {
			return this.next.execute(config, command, commandExecutor);
		}
		finally {
			this.cache.forgetAll();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						DirectoryChanges.this.cache.forgetAll();
					}
				});
			}
		}
	}

	/**
	 * Queries and the commands that only create or read them ({@code CreateUserQueryCmd},
	 * {@code GetUserInfoCmd}); anything else counts as a change.
	 */
	private static boolean reads(Command<?> command) {
		String name = command.getClass().getSimpleName();
		return command instanceof AbstractQuery<?, ?> || command instanceof AbstractNativeQuery<?, ?>
				|| (name.startsWith("Create") && name.endsWith("QueryCmd")) || name.startsWith("Get");
	}

}
