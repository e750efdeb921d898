package org.outsourcing.lifecycle.engagement;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.WorkDefinition;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.springframework.stereotype.Service;

/** Records how stage 0 ended and tells the owner when the work will not be outsourced. */
@Service
class WorkDefinitionOutcomes {

	private final Engagements engagements;

	private final Notifications notifications;

	WorkDefinitionOutcomes(Engagements engagements, Notifications notifications) {
		this.engagements = engagements;
		this.notifications = notifications;
	}

	void defined(DelegateExecution execution) {
		this.engagements.record(WorkDefinition.of(execution), EngagementStatus.DEFINED, null);
		execution.setVariable(EngagementVariables.DEFINITION_OUTCOME, "defined");
	}

	void ended(DelegateExecution execution, EngagementStatus status, String reason) {
		WorkDefinition definition = WorkDefinition.of(execution);
		this.engagements.record(definition, status, reason);
		execution.setVariable(EngagementVariables.DEFINITION_OUTCOME, status.name().toLowerCase());
		Notifications.Draft draft = this.notifications.about(definition.engagementId(),
				execution.getProcessInstanceId(),
				(status == EngagementStatus.REFUSED) ? NotificationKind.REJECTION : NotificationKind.INFORMATION);
		draft = (definition.requestedBy() != null) ? draft.toUser(definition.requestedBy()) : draft.toGroup("owner");
		draft.send("'" + definition.title() + "' will not be outsourced", reason);
	}

}
