package org.outsourcing.lifecycle.dispute;

import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

/** A dispute says why: the liaison mediates on the contractor's reason. */
@Component
class DisputeAnswerRule implements FormRule {

	@Override
	public String formKey() {
		return DisputeOutcomes.ANSWER_FORM;
	}

	@Override
	public List<FieldError> check(Map<String, Object> values) {
		if (DisputeOutcomes.DISPUTE.equals(values.get(DisputeVariables.ANSWER_OUTCOME))
				&& !(values.get(DisputeVariables.DISPUTE_REASON) instanceof String reason && !reason.isBlank())) {
			return List.of(new FieldError(DisputeVariables.DISPUTE_REASON,
					"is required to dispute; say why the rejection is wrong"));
		}
		return List.of();
	}

}
