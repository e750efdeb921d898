package org.outsourcing.lifecycle.retainer;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * Either side gave notice: the retainer ends now and the other side is told. The notice
 * message may come through {@code /process-api} as well as through our own API, so the
 * payload is checked here, where both arrive; a refusal rolls the message back.
 */
@Component("recordNotice")
class RecordNotice implements JavaDelegate {

	private final RetainerOutcomes outcomes;

	RecordNotice(RetainerOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String givenBy = Variables.requiredText(execution, RetainerVariables.NOTICE_GIVEN_BY);
		if (!RetainerNotices.SIDES.contains(givenBy)) {
			throw new FlowableIllegalArgumentException(
					RetainerVariables.NOTICE_GIVEN_BY + ": must be 'company' or 'contractor', was '" + givenBy + "'");
		}
		String reason = Variables.requiredText(execution, RetainerVariables.NOTICE_REASON);
		Retainer retainer = this.outcomes.retainerOf(execution);
		if (retainer == null || !retainer.active()) {
			throw RetainerNotices.noRunningRetainer(EngagementVariables.engagementId(execution));
		}
		String ending = "Notice given by the " + givenBy + ": " + reason;
		this.outcomes.ended(execution, "notice", ending);
		String otherSide = "company".equals(givenBy) ? retainer.contractorUserId() : retainer.liaison();
		this.outcomes.tell(execution, otherSide, NotificationKind.INFORMATION,
				"Notice given for '" + RetainerOutcomes.title(execution) + "'", ending + ". Offboarding follows.");
	}

}
