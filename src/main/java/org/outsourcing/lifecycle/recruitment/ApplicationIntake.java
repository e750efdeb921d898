package org.outsourcing.lifecycle.recruitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers an application to the engagement's open ad as the {@code applicationReceived}
 * message, the same way a {@code /process-api} client does, so both paths are checked and
 * recorded by the model's own step.
 */
@Service
public class ApplicationIntake {

	private static final int MAX_ATTEMPTS = 5;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final Applications applications;

	private final TransactionTemplate transaction;

	ApplicationIntake(RuntimeService runtime, HistoryService history, Applications applications,
			TransactionTemplate transaction) {
		this.runtime = runtime;
		this.history = history;
		this.applications = applications;
		this.transaction = transaction;
	}

	/**
	 * Records the application in its own transaction. Applications that arrive at the
	 * same moment touch the same ad in the engine, and all but one would fail on the
	 * engine's optimistic lock: those are tried again, so every applicant gets an answer
	 * about their own application, not about someone else's timing.
	 */
	public Application submit(String engagementId, NewApplication application) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> record(engagementId, application));
			}
			catch (FlowableOptimisticLockingException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Application record(String engagementId, NewApplication application) {
		List<Execution> open = this.runtime.createExecutionQuery()
			.rootProcessInstanceId(engagementId)
			.messageEventSubscriptionName(RecruitmentVariables.APPLICATION_RECEIVED_MESSAGE)
			.list();
		if (open.isEmpty()) {
			if (this.history.createHistoricProcessInstanceQuery().processInstanceId(engagementId).count() == 0) {
				throw new FlowableObjectNotFoundException("No engagement '" + engagementId + "'");
			}
			throw new FlowableConflictException(
					"Engagement '" + engagementId + "' takes no applications now: its ad is not open");
		}
		this.runtime.messageEventReceived(RecruitmentVariables.APPLICATION_RECEIVED_MESSAGE, open.get(0).getId(),
				variables(application));
		return this.applications.forEngagement(engagementId)
			.stream()
			.filter((candidate) -> candidate.applicantUserId().equals(application.applicantUserId()))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> variables(NewApplication application) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(RecruitmentVariables.APPLICANT_USER_ID, application.applicantUserId());
		variables.put(RecruitmentVariables.APPLICANT_NAME, application.applicantName());
		variables.put(RecruitmentVariables.APPLICANT_EMAIL, application.email());
		variables.put(RecruitmentVariables.COVER_LETTER, application.coverLetter());
		variables.put(RecruitmentVariables.SAMPLES_URL, application.samplesUrl());
		variables.put(RecruitmentVariables.INSTRUCTION_ANSWER, application.instructionAnswer());
		if (application.hourlyRate() != null) {
			variables.put(RecruitmentVariables.HOURLY_RATE, application.hourlyRate().toPlainString());
		}
		if (application.timeZone() != null) {
			variables.put(RecruitmentVariables.APPLICANT_TIME_ZONE, application.timeZone());
		}
		return variables;
	}

}
