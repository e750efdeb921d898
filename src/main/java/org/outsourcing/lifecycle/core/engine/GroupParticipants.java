package org.outsourcing.lifecycle.core.engine;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.interceptor.DefaultIdentityLinkInterceptor;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.IdentityLinkUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Makes a candidate group of a task a participant of its process instance, as Flowable
 * already does for candidate users and assignees, once per group. Then "the process
 * instances in which my group has or had a task" is a plain {@code involvedGroups} query,
 * for running instances and in the history alike. The engine's hook for this is its
 * internal identity-link interceptor, which this adapter alone extends
 * ({@code GroupParticipantsTest} fails when an upgrade changes it).
 */
public final class GroupParticipants {

	private GroupParticipants() {
	}

	/** From now on, every candidate group of a task participates in its process. */
	public static void linkCandidateGroups(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityLinkInterceptor(new Interceptor());
	}

	static class Interceptor extends DefaultIdentityLinkInterceptor {

		@Override
		public void handleAddIdentityLinkToTask(TaskEntity task, IdentityLinkEntity link) {
			super.handleAddIdentityLinkToTask(task, link);
			String groupId = link.getGroupId();
			if (groupId == null || task.getProcessInstanceId() == null) {
				return;
			}
			ExecutionEntity processInstance = CommandContextUtil.getExecutionEntityManager()
				.findById(task.getProcessInstanceId());
			boolean linked = processInstance.getIdentityLinks()
				.stream()
				.anyMatch((existing) -> groupId.equals(existing.getGroupId())
						&& IdentityLinkType.PARTICIPANT.equals(existing.getType()));
			if (!linked) {
				IdentityLinkUtil.createProcessInstanceIdentityLink(processInstance, null, groupId,
						IdentityLinkType.PARTICIPANT);
			}
		}

	}

}
