package org.outsourcing.lifecycle.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.outsourcing.lifecycle.core.engine.CurrentCommand;

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

	private static Set<String> created() {
		return CurrentCommand.attribute(CREATED, HashSet::new);
	}

	private static Map<String, Runnable> pending() {
		return CurrentCommand.attribute(PENDING, () -> {
			Map<String, Runnable> waiting = new LinkedHashMap<>();
			// an assignment whose task was never announced as created is still recorded,
			// last
			CurrentCommand.beforeClosing(() -> {
				new ArrayList<>(waiting.values()).forEach(Runnable::run);
				waiting.clear();
			});
			return waiting;
		});
	}

}
