package org.outsourcing.lifecycle.recruitment;

import java.util.List;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;

import org.springframework.stereotype.Component;

/**
 * The owner's choice among the interviewed candidates, or nobody: there is no obligation
 * to hire. A candidate an interviewer marked "do not hire" cannot be chosen. The other
 * candidates stay ranked, best first, for the owner to choose from should the offer be
 * lost; those marked "do not hire" are left out.
 */
@Component("recordSelection")
class RecordSelection implements JavaDelegate {

	private final Applications applications;

	private final Engagements engagements;

	private final Notifications notifications;

	RecordSelection(Applications applications, Engagements engagements, Notifications notifications) {
		this.applications = applications;
		this.engagements = engagements;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long adId = Long.parseLong((String) execution.getVariable(RecruitmentVariables.AD_ID));
		List<Application> ranking = this.applications.ranking(adId);
		String engagementId = EngagementVariables.engagementId(execution);
		if (!"select".equals(execution.getVariable(RecruitmentVariables.SELECT_CANDIDATE_OUTCOME))) {
			for (Application candidate : ranking) {
				this.applications.changeStatus(candidate.id(), ApplicationStatus.INTERVIEWED,
						ApplicationStatus.NOT_SELECTED, "The owner selected nobody");
				tell(execution, candidate, "Thank you for interviewing with us",
						"We decided not to fill this position now.");
			}
			execution.setVariable(RecruitmentVariables.SELECTION_OUTCOME, "nobody");
			return;
		}
		String selected = Variables.requiredText(execution, RecruitmentVariables.SELECTED_CANDIDATE);
		Application chosen = ranking.stream()
			.filter((candidate) -> candidate.applicantUserId().equals(selected))
			.findFirst()
			.orElseThrow(() -> new FlowableIllegalArgumentException(
					"selectedCandidate: '" + selected + "' was not interviewed; choose one of "
							+ ranking.stream().map(Application::applicantUserId).collect(Collectors.joining(", "))));
		if (this.applications.markedDoNotHire(chosen.id())) {
			throw new FlowableIllegalArgumentException("selectedCandidate: '" + selected
					+ "' was marked 'do not hire' by the interviewer and cannot be offered the work");
		}
		this.applications.changeStatus(chosen.id(), ApplicationStatus.INTERVIEWED, ApplicationStatus.SELECTED, null);
		String nextInLine = ranking.stream()
			.filter((candidate) -> candidate != chosen)
			.filter((candidate) -> !this.applications.markedDoNotHire(candidate.id()))
			.map(Application::applicantUserId)
			.collect(Collectors.joining(","));
		execution.setVariable(RecruitmentVariables.SELECTION_OUTCOME, "selected");
		execution.setVariable(RecruitmentVariables.CONTRACTOR_USER_ID, chosen.applicantUserId());
		execution.setVariable(RecruitmentVariables.CANDIDATE_RANKING, nextInLine);
		this.engagements.progress(engagementId, EngagementStatus.SELECTED,
				chosen.applicantName() + " (" + chosen.applicantUserId() + ") selected");
		tell(execution, chosen, "You are selected", "We would like to offer you the work; a contract follows.");
	}

	private void tell(DelegateExecution execution, Application candidate, String subject, String body) {
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.INFORMATION)
			.toUser(candidate.applicantUserId())
			.send(subject, body);
	}

}
