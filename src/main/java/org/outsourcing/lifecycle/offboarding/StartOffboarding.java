package org.outsourcing.lifecycle.offboarding;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;

import org.springframework.stereotype.Component;

/**
 * The engagement is ending: it moves to offboarding and its record opens. The engagement
 * id is made a variable of this stage, so the model's gateways can ask the access
 * register about it.
 */
@Component("startOffboarding")
class StartOffboarding implements JavaDelegate {

	private final Offboardings offboardings;

	private final Engagements engagements;

	StartOffboarding(Offboardings offboardings, Engagements engagements) {
		this.offboardings = offboardings;
		this.engagements = engagements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		execution.setVariable(EngagementVariables.ENGAGEMENT_ID, engagementId);
		String reason = Variables.requiredText(execution, OffboardingVariables.OFFBOARDING_REASON);
		this.offboardings.start(engagementId,
				Variables.requiredText(execution, OffboardingVariables.CONTRACTOR_USER_ID), reason);
		this.engagements.progress(engagementId, EngagementStatus.OFFBOARDING, reason);
	}

}
