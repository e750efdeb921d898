package org.outsourcing.lifecycle.engagement;

import java.util.List;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.stereotype.Component;

/**
 * Who does an engagement's routine reviews (the trial review and the performance
 * reviews): the owner, or the named liaison when the owner delegated them in the work
 * definition. The guides advise the owner not to micromanage; delegating is a choice per
 * engagement, and the owner's other decisions (hire, countersign, renew) stay theirs. The
 * models read it for the candidates of those tasks and for their reminders.
 */
@Component("routineReviews")
public class RoutineReviews {

	/**
	 * The choice of {@link EngagementVariables#ROUTINE_REVIEWS_BY} that delegates: the
	 * option is named after the group.
	 */
	public static final String BY_LIAISON = Groups.LIAISON;

	/** Candidate groups of a routine review: the owners, unless delegated. */
	public List<String> groups(VariableContainer execution) {
		return delegated(execution) ? List.of() : List.of(Groups.OWNER);
	}

	/** Candidate users of a routine review: the named liaison, when delegated. */
	public List<String> users(VariableContainer execution) {
		return delegated(execution) ? List.of(liaison(execution)) : List.of();
	}

	/**
	 * The group a reminder goes to: the owners, unless delegated (then nobody by group).
	 */
	public String remindedGroup(VariableContainer execution) {
		return delegated(execution) ? null : Groups.OWNER;
	}

	/** The person a reminder goes to: the named liaison, when delegated. */
	public String remindedUser(VariableContainer execution) {
		return delegated(execution) ? liaison(execution) : null;
	}

	static boolean delegated(VariableContainer execution) {
		return BY_LIAISON.equals(execution.getVariable(EngagementVariables.ROUTINE_REVIEWS_BY))
				&& liaison(execution) != null;
	}

	private static String liaison(VariableContainer execution) {
		Object liaison = execution.getVariable(EngagementVariables.LIAISON);
		return (liaison instanceof String name && !name.isBlank()) ? name : null;
	}

}
