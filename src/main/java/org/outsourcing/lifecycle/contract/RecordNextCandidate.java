package org.outsourcing.lifecycle.contract;

import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The owner's choice after a lost offer: one of the candidates still in line, or nobody,
 * which ends the round without a hire.
 */
@Component("recordNextCandidate")
class RecordNextCandidate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		if (!"offer".equals(execution.getVariable(ContractVariables.CHOOSE_NEXT_CANDIDATE_OUTCOME))) {
			execution.setVariable(ContractVariables.NEXT_CANDIDATE_CHOSEN, false);
			execution.setVariable(ContractVariables.CONTRACT_OUTCOME, "nobodyChosen");
			return;
		}
		String chosen = Variables.requiredText(execution, ContractVariables.NEXT_CANDIDATE).trim();
		List<String> inLine = CandidatesInLine.of(execution);
		if (!inLine.contains(chosen)) {
			throw new FlowableIllegalArgumentException(ContractVariables.NEXT_CANDIDATE + ": '" + chosen
					+ "' is not in line for this offer; choose one of " + String.join(", ", inLine) + ", or nobody");
		}
		execution.setVariable(RecruitmentVariables.CONTRACTOR_USER_ID, chosen);
		execution.setVariable(RecruitmentVariables.CANDIDATE_RANKING, CandidatesInLine.without(inLine, chosen));
		execution.setVariable(ContractVariables.NEXT_CANDIDATE_CHOSEN, true);
	}

}
