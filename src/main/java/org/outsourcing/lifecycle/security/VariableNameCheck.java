package org.outsourcing.lifecycle.security;

import org.outsourcing.lifecycle.core.engine.CommandSteps;
import org.outsourcing.lifecycle.core.engine.EngineCommand;

/**
 * Checks the names of the variables every engine command carries in, whoever calls it
 * (Flowable's REST API, the product's API, the UI, Java code): process starts, task
 * completions, form submissions, messages, signals, triggers, variable writes on tasks
 * and executions, activity moves ({@link EngineCommand#variableNames()}, which covers a
 * command added in a later Flowable version as well).
 */
class VariableNameCheck implements CommandSteps.Step {

	@Override
	public Object around(EngineCommand command, CommandSteps.Next next) {
		command.variableNames().forEach(VariableNames::require);
		return next.run(command);
	}

}
