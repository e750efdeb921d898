package org.outsourcing.lifecycle.retainer;

import java.util.List;

import org.flowable.engine.HistoryService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.engagement.CutOffDate;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.NotificationKind;

import org.springframework.stereotype.Component;

/**
 * The contractor accepted: the retainer starts now on the offered terms, and the term
 * timer is set to its end, which is never after the engagement's cut-off date.
 */
@Component("startRetainer")
class StartRetainer implements JavaDelegate {

	private final Retainers retainers;

	private final Engagements engagements;

	private final RetainerOutcomes outcomes;

	private final HistoryService history;

	private final RenewalSchedule renewal;

	StartRetainer(Retainers retainers, Engagements engagements, RetainerOutcomes outcomes, HistoryService history,
			RenewalSchedule renewal) {
		this.retainers = retainers;
		this.engagements = engagements;
		this.outcomes = outcomes;
		this.history = history;
		this.renewal = renewal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		String contractor = Variables.requiredText(execution, RetainerVariables.CONTRACTOR_USER_ID);
		RetainerTerms terms = RetainerTerms.of(execution);
		Retainer retainer = this.retainers.start(engagementId, contractor, terms, offeredBy(execution),
				CutOffDate.endOf(execution).orElse(null));
		execution.setVariable(RetainerVariables.RETAINER_ID, retainer.id());
		this.renewal.termEndsAt(execution, retainer.endsAt());
		String agreed = retainer.monthlyFee() + " " + retainer.currency() + " a month until " + retainer.endsAt();
		this.engagements.progress(engagementId, EngagementStatus.ACTIVE, "Retainer running: " + agreed);
		this.outcomes.tell(execution, contractor, NotificationKind.INFORMATION,
				"Your retainer for '" + RetainerOutcomes.title(execution) + "' has started",
				"The retainer runs at " + agreed + ". Your liaison is " + retainer.liaison()
						+ "; you will be asked for status updates regularly.");
	}

	/** The owner who made the offer: the fee history says who agreed to the first fee. */
	private String offeredBy(DelegateExecution execution) {
		List<HistoricTaskInstance> offers = this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey("offerRetainer")
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, 1);
		if (offers.isEmpty()) {
			return CurrentUser.actorId();
		}
		HistoricTaskInstance offer = offers.get(0);
		String by = (offer.getCompletedBy() != null) ? offer.getCompletedBy() : offer.getAssignee();
		return (by != null) ? by : CurrentUser.SYSTEM;
	}

}
