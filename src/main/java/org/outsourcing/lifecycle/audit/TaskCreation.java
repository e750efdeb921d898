package org.outsourcing.lifecycle.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;

/**
 * Tasks created in the current engine command, kept with the command: the record of an
 * assignment made while a task is being created waits here until the creation is
 * recorded, and is written when the command closes at the latest.
 */
final class TaskCreation {

	private static final String CREATED = TaskCreation.class.getName() + ".created";

	private static final String PENDING = TaskCreation.class.getName() + ".pending";

	private TaskCreation() {
	}

	static boolean isCreated(String taskId) {
		return created().contains(taskId);
	}

	/** Holds the record of an assignment until its task is announced as created. */
	static void hold(String taskId, Runnable recordAssignment) {
		pending().put(taskId, recordAssignment);
	}

	/**
	 * Marks the task created and hands back the record of the assignment that waited for
	 * it.
	 */
	static Optional<Runnable> created(String taskId) {
		created().add(taskId);
		return Optional.ofNullable(pending().remove(taskId));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> created() {
		CommandContext command = Context.getCommandContext();
		Object created = command.getAttribute(CREATED);
		if (created == null) {
			created = new HashSet<String>();
			command.addAttribute(CREATED, created);
		}
		return (Set<String>) created;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Runnable> pending() {
		CommandContext command = Context.getCommandContext();
		Object pending = command.getAttribute(PENDING);
		if (pending == null) {
			Map<String, Runnable> waiting = new LinkedHashMap<>();
			command.addAttribute(PENDING, waiting);
			command.addCloseListener(new WriteWhatIsLeft(waiting));
			pending = waiting;
		}
		return (Map<String, Runnable>) pending;
	}

	/**
	 * An assignment whose task was never announced as created is still recorded, last.
	 */
	private record WriteWhatIsLeft(Map<String, Runnable> waiting) implements CommandContextCloseListener {

		@Override
		public void closing(CommandContext commandContext) {
			new ArrayList<>(this.waiting.values()).forEach(Runnable::run);
			this.waiting.clear();
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
