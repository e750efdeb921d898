package org.outsourcing.lifecycle.forms;

import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.service.delegate.DelegateTask;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;

/**
 * Where a task's form answers are kept and read. A task inside one instance of a
 * multi-instance activity (one application screened, one candidate interviewed) shares
 * its process instance with its siblings: as process variables, one applicant's checks
 * would show on the next applicant's form and be overwritten by it. Such a task keeps its
 * answers on its own instance's execution, where the steps after it in that instance read
 * them and no sibling can; its form shows only what that instance holds. Any other task
 * keeps its answers on the process, where the later steps of the process read them.
 */
final class AnswerScope {

	private AnswerScope() {
	}

	/**
	 * Creates the submitted answers on the task's multi-instance instance, so that the
	 * engine's own writing of the completion's variables finds them there rather than on
	 * the process. Does nothing for a task outside any multi-instance activity.
	 */
	static void keep(DelegateTask task, Map<String, Object> answers) {
		DelegateExecution instance = instanceOf(task);
		if (instance != null && answers != null) {
			answers.forEach(instance::setVariableLocal);
		}
	}

	/** The answer this task's form shows for a field or its outcome, or null. */
	static Object read(DelegateTask task, String name) {
		DelegateExecution instance = instanceOf(task);
		if (instance == null) {
			return (task.getExecutionId() != null) ? CurrentCommand.execution(task.getExecutionId()).getVariable(name)
					: task.getVariable(name);
		}
		if (task.hasVariableLocal(name)) {
			return task.getVariableLocal(name);
		}
		for (DelegateExecution scope = CurrentCommand.execution(task.getExecutionId()); scope != null; scope = scope
			.getParent()) {
			if (scope.hasVariableLocal(name)) {
				return scope.getVariableLocal(name);
			}
			if (scope == instance) {
				break;
			}
		}
		return null;
	}

	/**
	 * The execution of the multi-instance instance the task runs in (the innermost one
	 * when they nest), or null.
	 */
	private static DelegateExecution instanceOf(DelegateTask task) {
		if (task == null || task.getExecutionId() == null) {
			return null;
		}
		DelegateExecution scope = CurrentCommand.execution(task.getExecutionId());
		while (scope != null && scope.getParent() != null) {
			if (scope.getParent().isMultiInstanceRoot()) {
				return scope;
			}
			scope = scope.getParent();
		}
		return null;
	}

}
