package org.outsourcing.lifecycle.retainer;

import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * Records the contractor's status update and passes it to the named liaison, the
 * contractor's one contact: routine updates for information, reported blockers as
 * something to act on at once, since removing them is the liaison's job: the model gives
 * them a "Resolve blocker" task.
 */
@Component("recordStatusUpdate")
class RecordStatusUpdate implements JavaDelegate {

	static final String PROGRESS = "progress";

	static final String BLOCKERS = "blockers";

	static final String HOURS_SPENT = "hoursSpent";

	private final StatusUpdates updates;

	private final RetainerOutcomes outcomes;

	RecordStatusUpdate(StatusUpdates updates, RetainerOutcomes outcomes) {
		this.updates = updates;
		this.outcomes = outcomes;
	}

	/** The sub-process this step runs in ("Collect status update"). */
	private static DelegateExecution roundScope(DelegateExecution execution) {
		DelegateExecution scope = execution;
		while (!scope.isScope() && scope.getParent() != null) {
			scope = scope.getParent();
		}
		return scope;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Retainer retainer = this.outcomes.retainerOf(execution);
		String blockers = Variables.text(execution, BLOCKERS);
		String progress = Variables.requiredText(execution, PROGRESS);
		long updateId = this.updates.record(retainer.id(), CurrentUser.actorId(), progress, blockers,
				Variables.decimal(execution, HOURS_SPENT));
		// the update is in its record now; the next one starts from an empty form, never
		// from this one's blockers
		execution.removeVariables(List.of(PROGRESS, BLOCKERS, HOURS_SPENT));
		String title = RetainerOutcomes.title(execution);
		if (blockers != null) {
			// kept in this round's scope, where its "Resolve blocker" task and that
			// task's
			// reminders read it; another round has its own
			roundScope(execution).setVariableLocal(RetainerVariables.BLOCKER_STATUS_UPDATE_ID, updateId);
			this.outcomes.tell(execution, retainer.liaison(), NotificationKind.ACTION_REQUIRED,
					"The contractor on '" + title + "' reports blockers", blockers);
		}
		else {
			this.outcomes.tell(execution, retainer.liaison(), NotificationKind.INFORMATION,
					"Status update on '" + title + "'", progress);
		}
	}

}
