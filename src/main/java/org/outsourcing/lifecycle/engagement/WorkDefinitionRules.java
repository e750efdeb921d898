package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.IdentityService;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

/**
 * What the work definition's fields cannot say each on their own: the budget's range runs
 * upwards; the liaison is a person of the liaison group (the contractor's one contact,
 * who gets the missing-data escalations), not a name; and the job category informs the
 * data's sensitivity: billing, taxes and customer service handle customers' personal
 * data, so "none" needs the owner's reason, or the contract would protect too little.
 */
@Component
class WorkDefinitionRules implements FormRule {

	/** Job categories whose work handles customers' personal data as a rule. */
	static final Set<String> CATEGORIES_WITH_CUSTOMER_DATA = Set.of("billing", "taxes", "customerService");

	static final String NO_SENSITIVE_DATA = "none";

	private final IdentityService identities;

	WorkDefinitionRules(IdentityService identities) {
		this.identities = identities;
	}

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
		if (values.get(EngagementVariables.LIAISON) instanceof String liaison && !liaison.isBlank()
				&& this.identities.createUserQuery()
					.userId(liaison.strip())
					.memberOfGroup(Groups.LIAISON)
					.count() == 0) {
			errors.add(new FieldError(EngagementVariables.LIAISON,
					"'" + liaison + "' is not a liaison; enter the user id of a member of the liaison group, e.g. "
							+ String.join(", ", liaisons())));
		}
		if (Boolean.TRUE.equals(values.get("timeCritical"))) {
			for (String hours : List.of("ownerWorkStart", "ownerWorkEnd")) {
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

	private List<String> liaisons() {
		return this.identities.createUserQuery()
			.memberOfGroup(Groups.LIAISON)
			.orderByUserId()
			.asc()
			.listPage(0, 3)
			.stream()
			.map((user) -> user.getId())
			.toList();
	}

}
