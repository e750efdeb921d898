package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.outsourcing.lifecycle.core.engine.EngineCommand;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every command of the IDM engine but its reads may change a user, a password, a group or
 * a membership: after it, and again after the transaction it ran in ends, the remembered
 * accounts are forgotten ({@link DirectoryCache}). Reads pass untouched, so the requests
 * that authenticate keep what is remembered.
 */
class DirectoryChanges implements CommandSteps.Step {

	private final DirectoryCache cache;

	DirectoryChanges(DirectoryCache cache) {
		this.cache = cache;
	}

	@Override
	public Object around(EngineCommand command, CommandSteps.Next next) {
		if (command.onlyReads()) {
			return next.run(command);
		}
		try {
			return next.run(command);
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

}
