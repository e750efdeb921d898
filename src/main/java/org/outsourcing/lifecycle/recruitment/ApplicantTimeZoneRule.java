package org.outsourcing.lifecycle.recruitment;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormRule;

import org.springframework.stereotype.Component;

import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_TIME_ZONE;

/**
 * An applicant's time zone is one the interview scheduling can compute with: a field's
 * pattern cannot tell {@code Europe/Lisbon} from {@code Mars/Olympus}.
 */
@Component
class ApplicantTimeZoneRule implements FormRule {

	@Override
	public String formKey() {
		return ApplicationForm.KEY;
	}

	@Override
	public List<FieldError> check(Map<String, Object> values) {
		if (values.get(APPLICANT_TIME_ZONE) instanceof String zone && !zone.isBlank()) {
			try {
				ZoneId.of(zone.strip());
			}
			catch (DateTimeException ex) {
				return List.of(new FieldError(APPLICANT_TIME_ZONE, "must be a time zone such as Europe/Berlin or UTC"));
			}
		}
		return List.of();
	}

}
