package org.outsourcing.lifecycle.discussion;

import java.util.Objects;
import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.springframework.stereotype.Component;

/**
 * Who may take part in an engagement's thread. The company's side is who may open the
 * engagement page ({@code security.SecurityConfiguration}: every member who is no
 * contractor); a contractor only when they are the engagement's contractor (the
 * {@code contractorUserId} it holds once a candidate is selected), so applicants read
 * nothing of it.
 */
@Component
public class EngagementReaders {

	private final HistoryService history;

	EngagementReaders(HistoryService history) {
		this.history = history;
	}

	/** The user's part, or none when the engagement is unknown or not theirs to see. */
	public Optional<Reader> of(String engagementId, CurrentUser user) {
		if (engagementId == null || !user.isMember() || !isEngagement(engagementId)) {
			return Optional.empty();
		}
		if (user.isContractor()) {
			return user.id().equals(contractorOf(engagementId)) ? Optional.of(Reader.CONTRACTOR) : Optional.empty();
		}
		return Optional.of(user.isAuditor() ? Reader.AUDITOR : Reader.COMPANY);
	}

	/** The engagement's contractor (its selected candidate), if it has one yet. */
	public String contractorOf(String engagementId) {
		return variableOf(engagementId, EngagementVariables.CONTRACTOR_USER_ID);
	}

	/** The engagement's liaison, if the work definition named one. */
	public String liaisonOf(String engagementId) {
		return variableOf(engagementId, EngagementVariables.LIAISON);
	}

	/** The owner who started the engagement. */
	public String starterOf(String engagementId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(engagementId)
			.singleResult();
		return (instance != null) ? instance.getStartUserId() : null;
	}

	private String variableOf(String engagementId, String name) {
		HistoricVariableInstance variable = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(engagementId)
			.variableName(name)
			.list()
			.stream()
			.filter((candidate) -> candidate.getTaskId() == null)
			.findFirst()
			.orElse(null);
		return (variable != null) ? Objects.toString(variable.getValue(), null) : null;
	}

	private boolean isEngagement(String engagementId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(engagementId)
			.singleResult();
		return instance != null && instance.getSuperProcessInstanceId() == null;
	}

}
