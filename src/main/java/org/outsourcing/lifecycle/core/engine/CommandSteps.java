package org.outsourcing.lifecycle.core.engine;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;

/**
 * Puts the product's steps around every command an engine runs, whoever calls it (the
 * Java services, Flowable's REST API, the product's API and UI): the rules that must hold
 * on every interface live in the engine itself. Flowable's hook is its internal command
 * interceptor chain, which this adapter alone uses ({@code EngineCommandTest} runs a step
 * in the real engine).
 */
public final class CommandSteps {

	private CommandSteps() {
	}

	/** A step around a command: it runs the command, or what stands in for it, or not. */
	@FunctionalInterface
	public interface Step {

		/** The command's result: what {@code next} answers, or an answer of its own. */
		Object around(EngineCommand command, Next next);

	}

	/** The rest of the engine's way: runs the command given, and answers its result. */
	@FunctionalInterface
	public interface Next {

		Object run(EngineCommand command);

	}

	/**
	 * Around the whole command, transaction included: the step sees what the command and
	 * others committed once it ended.
	 */
	public static void aroundTransaction(AbstractEngineConfiguration configuration, Step step) {
		EngineCommand.requireFields();
		configuration.addCustomPreCommandInterceptor(new Interceptor(step));
	}

	/**
	 * Inside the command's context and transaction: the step reads what the command will
	 * change ({@link CurrentCommand}), and its refusal rolls back everything.
	 */
	public static void insideTransaction(AbstractEngineConfiguration configuration, Step step) {
		EngineCommand.requireFields();
		configuration.addCustomPostCommandInterceptor(new Interceptor(step));
	}

	private static final class Interceptor extends AbstractCommandInterceptor {

		private final Step step;

		Interceptor(Step step) {
			this.step = step;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
			return (T) this.step.around(new EngineCommand(command),
					(actual) -> this.next.execute(config, (Command<T>) actual.command(), commandExecutor));
		}

	}

}
