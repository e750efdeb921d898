package org.outsourcing.lifecycle.trial;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.dispute.DisputeOutcomes;
import org.outsourcing.lifecycle.dispute.DisputeVariables;
import org.outsourcing.lifecycle.dispute.Disputes;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The liaison decided the contractor's dispute of a rejected delivery: overturned, the
 * delivery is accepted and the trial goes on as if the reviewer had accepted it; upheld,
 * the rejection stands.
 */
@Component("recordTrialMediation")
class RecordTrialMediation implements JavaDelegate {

	private final Trials trials;

	private final Disputes disputes;

	RecordTrialMediation(Trials trials, Disputes disputes) {
		this.trials = trials;
		this.disputes = disputes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String outcome = Variables.requiredText(execution, DisputeVariables.TRIAL_MEDIATION_OUTCOME);
		String note = Variables.requiredText(execution, DisputeVariables.MEDIATION_NOTE);
		if (DisputeOutcomes.OVERTURN.equals(outcome)) {
			this.trials.status(Long.parseLong(Variables.requiredText(execution, TrialVariables.TRIAL_ID)),
					TrialStatus.ACCEPTED, "Accepted on mediation: " + note);
			execution.setVariable(TrialVariables.TRIAL_OUTCOME, "accepted");
		}
		this.disputes.decided(execution, outcome,
				Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID), null, null);
	}

}
