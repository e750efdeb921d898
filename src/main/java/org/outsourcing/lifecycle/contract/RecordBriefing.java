package org.outsourcing.lifecycle.contract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.core.Variables;
import org.outsourcing.lifecycle.engagement.CutOffDate;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;

import org.springframework.stereotype.Component;

/**
 * The liaison's briefing before work starts reaches the contractor: the documents, the
 * highest-priority task to start with, and its deadline, which lies between today and the
 * cut-off date (else the liaison is asked for another, at the field).
 */
@Component("recordBriefing")
class RecordBriefing implements JavaDelegate {

	private final Notifications notifications;

	private final EngineTime time;

	RecordBriefing(Notifications notifications, EngineTime time) {
		this.notifications = notifications;
		this.time = time;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate due = due(execution);
		String notes = Variables.text(execution, ContractVariables.BRIEFING_NOTES);
		String body = "Your liaison " + Variables.text(execution, EngagementVariables.LIAISON)
				+ " has briefed you.\n\nDocuments:\n"
				+ Variables.requiredText(execution, ContractVariables.BRIEFING_DOCUMENTS) + "\n\nStart with: "
				+ Variables.requiredText(execution, ContractVariables.FIRST_TASK) + "\nDue by: " + due
				+ ((notes != null) ? "\n\n" + notes : "");
		this.notifications
			.about(EngagementVariables.engagementId(execution), execution.getProcessInstanceId(),
					NotificationKind.ACTION_REQUIRED)
			.toUser(Variables.requiredText(execution, RecruitmentVariables.CONTRACTOR_USER_ID))
			.send("Your briefing for '" + Variables.text(execution, EngagementVariables.TITLE) + "'", body);
	}

	private LocalDate due(DelegateExecution execution) {
		String text = Variables.requiredText(execution, ContractVariables.FIRST_TASK_DUE);
		LocalDate due;
		try {
			due = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw refused("must be a date (yyyy-MM-dd), was '" + text + "'");
		}
		LocalDate today = this.time.now().atZone(ZoneOffset.UTC).toLocalDate();
		if (due.isBefore(today)) {
			throw refused("is in the past; choose today (" + today + ") or later");
		}
		CutOffDate.of(execution).filter(due::isAfter).ifPresent((cutOff) -> {
			throw refused("is after the cut-off date " + cutOff + " when the work must be done; choose an earlier day");
		});
		return due;
	}

	private static FormValidationException refused(String reason) {
		return new FormValidationException("briefContractor",
				List.of(new FieldError(ContractVariables.FIRST_TASK_DUE, reason)));
	}

}
