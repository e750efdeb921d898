package org.outsourcing.lifecycle.engagement;

import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner withdraws a running engagement, at any stage, with a reason: the
 * {@value EngagementVariables#WITHDRAWN_MESSAGE} message starts the engagement's
 * interrupting event sub-process, which ends every stage that runs, and
 * {@link RecordEngagementWithdrawal} records it. The same for the page and the API.
 */
@Service
public class EngagementWithdrawals {

	/** Who may withdraw: the company's owners. */
	public static final String OWNER_GROUP = "owner";

	static final int MAX_REASON = 2000;

	private final RuntimeService runtime;

	private final HistoryService history;

	EngagementWithdrawals(RuntimeService runtime, HistoryService history) {
		this.runtime = runtime;
		this.history = history;
	}

	/** Whether the engagement still runs and can be withdrawn. */
	public boolean canWithdraw(String engagementId) {
		return !listening(engagementId).isEmpty();
	}

	/**
	 * @throws FlowableObjectNotFoundException for an unknown engagement (404)
	 * @throws FlowableConflictException when it has ended (409)
	 * @throws FlowableIllegalArgumentException naming {@code reason} (400)
	 * @throws FlowableForbiddenException when the user is no owner (403)
	 */
	@Transactional
	public void withdraw(String engagementId, String reason, String userId, boolean isOwner) {
		if (this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(engagementId)
			.processDefinitionKey("outsourcingEngagement")
			.count() == 0) {
			throw new FlowableObjectNotFoundException("No engagement '" + engagementId + "'");
		}
		if (!isOwner) {
			throw new FlowableForbiddenException("Only an owner can withdraw an engagement");
		}
		if (reason == null || reason.isBlank()) {
			throw new FlowableIllegalArgumentException(
					"reason: is required; say why the engagement is withdrawn, everyone involved reads it");
		}
		if (reason.length() > MAX_REASON) {
			throw new FlowableIllegalArgumentException("reason: has at most " + MAX_REASON + " characters");
		}
		List<Execution> listening = listening(engagementId);
		if (listening.isEmpty()) {
			throw new FlowableConflictException(
					"Engagement " + engagementId + " has ended; there is nothing to withdraw");
		}
		Runnable withdrawal = () -> this.runtime.messageEventReceived(EngagementVariables.WITHDRAWN_MESSAGE,
				listening.get(0).getId(), Map.of(EngagementVariables.WITHDRAWAL_REASON, reason.strip(),
						EngagementVariables.WITHDRAWN_BY, userId));
		CurrentUser.actingAs(userId, withdrawal);
	}

	private List<Execution> listening(String engagementId) {
		return this.runtime.createExecutionQuery()
			.processInstanceId(engagementId)
			.messageEventSubscriptionName(EngagementVariables.WITHDRAWN_MESSAGE)
			.list();
	}

}
