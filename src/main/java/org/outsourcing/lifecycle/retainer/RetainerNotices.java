package org.outsourcing.lifecycle.retainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives notice on an engagement's retainer by sending the {@code noticeGiven} message to
 * the retainer stage, as a {@code /process-api} client would; the model's own step
 * records it. The engagement is the lifecycle's process instance, or, for a retainer
 * started on its own, the stage's {@code engagementId} variable.
 */
@Service
public class RetainerNotices {

	static final Set<String> SIDES = Set.of("company", "contractor");

	private final RuntimeService runtime;

	private final HistoryService history;

	private final Engagements engagements;

	private final Retainers retainers;

	RetainerNotices(RuntimeService runtime, HistoryService history, Engagements engagements, Retainers retainers) {
		this.runtime = runtime;
		this.history = history;
		this.engagements = engagements;
		this.retainers = retainers;
	}

	/**
	 * @param givenBy {@code company} or {@code contractor}
	 * @return the retainer, ended by the notice
	 */
	@Transactional
	public Retainer give(String engagementId, String givenBy, String reason) {
		if (!exists(engagementId)) {
			throw new FlowableObjectNotFoundException("No engagement '" + engagementId + "'");
		}
		if (givenBy == null || !SIDES.contains(givenBy)) {
			throw new FlowableIllegalArgumentException("givenBy: must be 'company' or 'contractor', was "
					+ ((givenBy == null) ? "empty" : "'" + givenBy + "'"));
		}
		if (reason == null || reason.isBlank()) {
			throw new FlowableIllegalArgumentException("reason: is required; say why the retainer ends");
		}
		Optional<Retainer> running = this.retainers.active(engagementId);
		List<Execution> listening = listening(engagementId);
		if (running.isEmpty() || listening.isEmpty()) {
			throw noRunningRetainer(engagementId);
		}
		this.runtime.messageEventReceived(RetainerVariables.NOTICE_MESSAGE, listening.get(0).getId(),
				Map.of(RetainerVariables.NOTICE_GIVEN_BY, givenBy, RetainerVariables.NOTICE_REASON, reason.trim()));
		return this.retainers.get(running.get().id());
	}

	static FlowableConflictException noRunningRetainer(String engagementId) {
		return new FlowableConflictException("Engagement " + engagementId
				+ " has no running retainer; notice can be given only during the retainer");
	}

	private List<Execution> listening(String engagementId) {
		List<Execution> executions = new ArrayList<>(this.runtime.createExecutionQuery()
			.rootProcessInstanceId(engagementId)
			.messageEventSubscriptionName(RetainerVariables.NOTICE_MESSAGE)
			.list());
		if (executions.isEmpty()) {
			executions.addAll(this.runtime.createExecutionQuery()
				.messageEventSubscriptionName(RetainerVariables.NOTICE_MESSAGE)
				.processVariableValueEquals(EngagementVariables.ENGAGEMENT_ID, engagementId)
				.list());
		}
		return executions;
	}

	private boolean exists(String engagementId) {
		return this.engagements.find(engagementId).isPresent()
				|| this.history.createHistoricProcessInstanceQuery().processInstanceId(engagementId).count() > 0
				|| this.history.createHistoricProcessInstanceQuery()
					.variableValueEquals(EngagementVariables.ENGAGEMENT_ID, engagementId)
					.count() > 0;
	}

}
