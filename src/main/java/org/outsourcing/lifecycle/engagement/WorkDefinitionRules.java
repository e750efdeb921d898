package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

/**
 * What the work definition's fields cannot say each on their own: the budget's range runs
 * upwards; time-critical work states the owner's working hours (the candidates' overlap
 * is computed from them); and the job category informs the data's sensitivity: billing,
 * taxes and customer service handle customers' personal data, so "none" needs the owner's
 * reason, or the contract would protect too little.
 */
@Component
class WorkDefinitionRules implements FormRule {

	/** Job categories whose work handles customers' personal data as a rule. */
	static final Set<String> CATEGORIES_WITH_CUSTOMER_DATA = Set.of("billing", "taxes", "customerService");

	static final String NO_SENSITIVE_DATA = "none";

	@Override
	public String formKey() {
		return "defineWork";
	}

	@Override
	public List<FieldError> check(Map<String, Object> values) {
		List<FieldError> errors = new ArrayList<>();
		if (values.get(EngagementVariables.BUDGET_MIN) instanceof BigDecimal from
				&& values.get(EngagementVariables.BUDGET_MAX) instanceof BigDecimal upTo && from.compareTo(upTo) > 0) {
			errors.add(new FieldError(EngagementVariables.BUDGET_MAX,
					"must be at least the budget from (" + from.toPlainString() + "); swap them or raise it"));
		}
		if (Boolean.TRUE.equals(values.get(EngagementVariables.TIME_CRITICAL))) {
			for (String hours : List.of(EngagementVariables.OWNER_WORK_START, EngagementVariables.OWNER_WORK_END)) {
				if (values.get(hours) == null) {
					errors.add(new FieldError(hours,
							"is required for time-critical work: the candidates' overlap is computed from it"));
				}
			}
		}
		if (CATEGORIES_WITH_CUSTOMER_DATA.contains(values.get(EngagementVariables.JOB_CATEGORY))
				&& NO_SENSITIVE_DATA.equals(values.get(EngagementVariables.DATA_SENSITIVITY))
				&& !(values.get(EngagementVariables.SENSITIVITY_REASON) instanceof String reason
						&& !reason.isBlank())) {
			errors.add(new FieldError(EngagementVariables.DATA_SENSITIVITY,
					"this job category (" + values.get(EngagementVariables.JOB_CATEGORY)
							+ ") handles customers' personal data; choose at least customer personal data, or say in '"
							+ EngagementVariables.SENSITIVITY_REASON + "' why the contractor needs none"));
		}
		return errors;
	}

}
