package org.outsourcing.lifecycle.notification;

import java.util.List;
import java.util.Objects;

import org.flowable.common.engine.api.delegate.event.AbstractFlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.TaskInfo;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tasks as news: a task given to someone (by the model or by another person) is an item
 * for them; a task offered to candidate users or groups is one for each of them. Taking a
 * task oneself is no news. Written in the engine's transaction, like the task.
 */
@Component
class TaskNotifications extends AbstractFlowableEventListener {

	private static final FlowableEngineEventType TASK_CREATED = FlowableEngineEventType.TASK_CREATED;

	static final List<FlowableEngineEventType> TYPES = List.of(FlowableEngineEventType.TASK_CREATED,
			FlowableEngineEventType.TASK_ASSIGNED);

	// the engine is built with this listener, and the notifications read the engine's
	// tasks: they are looked up at the first event
	private final ObjectProvider<InAppNotifications> notifications;

	TaskNotifications(ObjectProvider<InAppNotifications> notifications) {
		this.notifications = notifications;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event instanceof FlowableEntityEvent entityEvent)
				|| !(entityEvent.getEntity() instanceof TaskInfo task)) {
			return;
		}
		String engagementId = engagementOf(task);
		String link = "/tasks/" + task.getId();
		if (task.getAssignee() != null) {
			// the model's assignment comes before the creation; a claim is one's own
			// doing
			if (!Objects.equals(task.getAssignee(), CurrentUser.actorId()) || event.getType() == TASK_CREATED) {
				this.notifications.getObject()
					.toUserOnce(task.getAssignee(), engagementId, InAppNotifications.TASK_ASSIGNED,
							"New task for you: " + task.getName(), link);
			}
			return;
		}
		if (event.getType() != TASK_CREATED) {
			return;
		}
		task.getIdentityLinks()
			.stream()
			.filter((identity) -> IdentityLinkType.CANDIDATE.equals(identity.getType()))
			.forEach((candidate) -> {
				String subject = "Task offered to you: " + task.getName();
				if (candidate.getUserId() != null) {
					this.notifications.getObject()
						.toUser(candidate.getUserId(), engagementId, InAppNotifications.TASK_OFFERED, subject, null,
								link);
				}
				else if (candidate.getGroupId() != null) {
					this.notifications.getObject()
						.toGroup(candidate.getGroupId(), engagementId, InAppNotifications.TASK_OFFERED,
								"Task offered to " + candidate.getGroupId() + ": " + task.getName(), null, link);
				}
			});
	}

	/** The engagement the task's process belongs to. */
	private static String engagementOf(TaskInfo task) {
		return (task.getExecutionId() != null)
				? EngagementVariables.engagementId(CurrentCommand.execution(task.getExecutionId())) : null;
	}

	@Override
	public boolean isFailOnException() {
		return true;
	}

}
