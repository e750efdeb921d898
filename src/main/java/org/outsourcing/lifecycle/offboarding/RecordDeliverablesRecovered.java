package org.outsourcing.lifecycle.offboarding;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * The liaison recovered the deliverables, code and data: the company holds all product
 * information, so the task cannot be completed before they are back.
 */
@Component("recordDeliverablesRecovered")
class RecordDeliverablesRecovered implements JavaDelegate {

	private final Offboardings offboardings;

	RecordDeliverablesRecovered(Offboardings offboardings) {
		this.offboardings = offboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!Variables.bool(execution, OffboardingVariables.DELIVERABLES_RECOVERED)) {
			throw new FlowableIllegalArgumentException(OffboardingVariables.DELIVERABLES_RECOVERED
					+ ": the deliverables, code and data must be back with the company before this task is done");
		}
		this.offboardings.deliverablesRecovered(EngagementVariables.engagementId(execution),
				Variables.requiredText(execution, OffboardingVariables.REPOSITORY_URL),
				Variables.text(execution, OffboardingVariables.RECOVERY_NOTES), CurrentUser.actorId());
	}

}
