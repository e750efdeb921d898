package org.outsourcing.lifecycle.offboarding;

import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableIllegalStateException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.access.AccessGrant;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;

import org.springframework.stereotype.Component;

/**
 * Records the owner's feedback and archives the engagement. An engagement is never
 * archived while anyone still has access: the model's verification loop guarantees it,
 * and this step checks it again at the last moment.
 */
@Component("archiveEngagement")
class ArchiveEngagement implements JavaDelegate {

	private final AccessRegister register;

	private final Offboardings offboardings;

	private final Engagements engagements;

	ArchiveEngagement(AccessRegister register, Offboardings offboardings, Engagements engagements) {
		this.register = register;
		this.offboardings = offboardings;
		this.engagements = engagements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		List<AccessGrant> active = this.register.activeGrants(engagementId);
		if (!active.isEmpty()) {
			throw new FlowableIllegalStateException("Engagement " + engagementId + " cannot be archived: "
					+ active.size() + " access grant(s) are still active; revoke them first");
		}
		int rating = Variables.requiredInteger(execution, OffboardingVariables.RATING);
		if (rating < 1 || rating > 5) {
			throw new FlowableIllegalArgumentException(OffboardingVariables.RATING + ": must be 1 to 5, was " + rating);
		}
		boolean rehire = Variables.bool(execution, OffboardingVariables.REHIRE_ELIGIBLE);
		this.offboardings.archived(engagementId, rating, rehire,
				Variables.text(execution, OffboardingVariables.FEEDBACK), CurrentUser.actorId());
		this.engagements.progress(engagementId, EngagementStatus.ARCHIVED,
				"Archived after offboarding (" + Variables.text(execution, OffboardingVariables.OFFBOARDING_REASON)
						+ "); rated " + rating + (rehire ? ", eligible for rehire" : ", not eligible for rehire"));
		execution.setVariable(OffboardingVariables.OFFBOARDING_OUTCOME, "archived");
	}

}
