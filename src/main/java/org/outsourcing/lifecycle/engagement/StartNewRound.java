package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.Variables;

import org.springframework.stereotype.Component;

/**
 * A recruitment round ended without a hire (empty shortlist, nobody selected, or no
 * candidate left to sign): count it, so that the model can start a new ad while rounds
 * are left.
 */
@Component("startNewRound")
class StartNewRound implements JavaDelegate {

	private final Engagements engagements;

	StartNewRound(Engagements engagements) {
		this.engagements = engagements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Integer finished = Variables.integer(execution, EngagementVariables.RECRUITMENT_ROUND);
		int round = ((finished != null) ? finished : 1) + 1;
		execution.setVariable(EngagementVariables.RECRUITMENT_ROUND, round);
		this.engagements.progress(EngagementVariables.engagementId(execution), EngagementStatus.RECRUITING,
				"Round " + (round - 1) + " ended without a hire (" + EngagementEndings.whyNoHire(execution)
						+ "); round " + round + " starts with a new ad");
	}

}
