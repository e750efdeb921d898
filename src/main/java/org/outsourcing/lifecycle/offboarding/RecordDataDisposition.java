package org.outsourcing.lifecycle.offboarding;

import java.util.Set;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * The contractor confirmed that the company's confidential data was returned or
 * destroyed, and that no copy was kept; without that confirmation the task stays open.
 */
@Component("recordDataDisposition")
class RecordDataDisposition implements JavaDelegate {

	private static final Set<String> DISPOSITIONS = Set.of("returned", "destroyed");

	private final Offboardings offboardings;

	RecordDataDisposition(Offboardings offboardings) {
		this.offboardings = offboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String disposition = Variables.requiredText(execution, OffboardingVariables.DATA_DISPOSITION);
		if (!DISPOSITIONS.contains(disposition)) {
			throw new FlowableIllegalArgumentException(OffboardingVariables.DATA_DISPOSITION
					+ ": must be 'returned' or 'destroyed', was '" + disposition + "'");
		}
		if (!Variables.bool(execution, OffboardingVariables.CONFIRM_NO_COPIES_KEPT)) {
			throw new FlowableIllegalArgumentException(OffboardingVariables.CONFIRM_NO_COPIES_KEPT
					+ ": you must confirm that you kept no copy of the company's data");
		}
		this.offboardings.dataDisposed(EngagementVariables.engagementId(execution), disposition, CurrentUser.actorId());
	}

}
