package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.engine.IdentityService;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

/**
 * What the work definition's fields cannot say each on their own: the budget's range runs
 * upwards, and the liaison is a person of the liaison group (the contractor's one
 * contact, who gets the missing-data escalations), not a name.
 */
@Component
class WorkDefinitionRules implements FormRule {

	static final String LIAISON_GROUP = "liaison";

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
		if (values.get("budgetMin") instanceof BigDecimal from && values.get("budgetMax") instanceof BigDecimal upTo
				&& from.compareTo(upTo) > 0) {
			errors.add(new FieldError("budgetMax",
					"must be at least the budget from (" + from.toPlainString() + "); swap them or raise it"));
		}
		if (values.get(EngagementVariables.LIAISON) instanceof String liaison && !liaison.isBlank()
				&& this.identities.createUserQuery()
					.userId(liaison.strip())
					.memberOfGroup(LIAISON_GROUP)
					.count() == 0) {
			errors.add(new FieldError(EngagementVariables.LIAISON,
					"'" + liaison + "' is not a liaison; enter the user id of a member of the liaison group, e.g. "
							+ String.join(", ", liaisons())));
		}
		return errors;
	}

	private List<String> liaisons() {
		return this.identities.createUserQuery()
			.memberOfGroup(LIAISON_GROUP)
			.orderByUserId()
			.asc()
			.listPage(0, 3)
			.stream()
			.map((user) -> user.getId())
			.toList();
	}

}
