package org.outsourcing.lifecycle.contract;

import java.util.Arrays;
import java.util.List;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

/**
 * The interviewed candidates the owner may still offer the work to, best first, as the
 * selection left them (without those marked "do not hire").
 */
final class CandidatesInLine {

	private CandidatesInLine() {
	}

	static List<String> of(VariableContainer execution) {
		String ranking = Variables.text(execution, RecruitmentVariables.CANDIDATE_RANKING);
		if (ranking == null) {
			return List.of();
		}
		return Arrays.stream(ranking.split(",")).map(String::trim).filter((id) -> !id.isEmpty()).toList();
	}

	static String without(List<String> inLine, String chosen) {
		return String.join(",", inLine.stream().filter((id) -> !id.equals(chosen)).toList());
	}

}
