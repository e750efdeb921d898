package org.outsourcing.lifecycle.core.engine;

import java.util.List;
import java.util.function.Supplier;

import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;

/**
 * The engine command running in this thread (a task completion, a job, a deployment), as
 * listeners that run inside it see it: what it keeps for the rest of the command, work
 * left for its end, and the entities it has loaded or written so far but not yet flushed.
 * Flowable has no public API for these; this adapter alone uses its internal command
 * context ({@code CurrentCommandTest} runs each method in a real command).
 */
public final class CurrentCommand {

	private CurrentCommand() {
	}

	/** What the command keeps under this name, created on first use. */
	@SuppressWarnings("unchecked")
	public static <T> T attribute(String name, Supplier<T> create) {
		CommandContext command = Context.getCommandContext();
		Object value = command.getAttribute(name);
		if (value == null) {
			value = create.get();
			command.addAttribute(name, value);
		}
		return (T) value;
	}

	/**
	 * Runs the work when the command closes, before its changes are flushed, so that what
	 * it writes is part of the same transaction.
	 */
	public static void beforeClosing(Runnable work) {
		Context.getCommandContext().addCloseListener(new BeforeClosing(work));
	}

	/** The entities of this type the command holds, written in it but not flushed too. */
	public static <T> List<T> cached(Class<T> type) {
		return Context.getCommandContext().getSession(EntityCache.class).findInCache(type);
	}

	private record BeforeClosing(Runnable work) implements CommandContextCloseListener {

		@Override
		public void closing(CommandContext commandContext) {
			this.work.run();
		}

		@Override
		public void afterSessionsFlush(CommandContext commandContext) {
		}

		@Override
		public void closed(CommandContext commandContext) {
		}

		@Override
		public void closeFailure(CommandContext commandContext) {
		}

		@Override
		public Integer order() {
			return 0;
		}

		@Override
		public boolean multipleAllowed() {
			return true;
		}

	}

}
