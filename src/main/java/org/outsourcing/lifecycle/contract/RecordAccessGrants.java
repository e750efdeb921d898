package org.outsourcing.lifecycle.contract;

import java.util.Arrays;
import java.util.List;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * Registers what IT granted: one grant per resource, each at the access level the data's
 * sensitivity allows and no more, so that offboarding knows exactly what to revoke.
 */
@Component("recordAccessGrants")
class RecordAccessGrants implements JavaDelegate {

	private final AccessRegister register;

	RecordAccessGrants(AccessRegister register) {
		this.register = register;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<String> resources = Arrays
			.stream(Variables.requiredText(execution, ContractVariables.RESOURCES).split("[,\\n]"))
			.map(String::trim)
			.filter((resource) -> !resource.isEmpty())
			.distinct()
			.toList();
		if (resources.isEmpty()) {
			throw new FlowableIllegalArgumentException(
					"resources: name at least one tool or folder access is given to");
		}
		String level = Variables.requiredText(execution, EngagementVariables.ACCESS_LEVEL);
		String contractor = Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID);
		for (String resource : resources) {
			this.register.grant(EngagementVariables.engagementId(execution), contractor, resource, level,
					CurrentUser.actorId());
		}
	}

}
