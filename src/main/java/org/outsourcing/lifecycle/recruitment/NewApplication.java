package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.outsourcing.lifecycle.core.BoundedNumbers;

import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_EMAIL;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_NAME;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_TIME_ZONE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_USER_ID;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.COVER_LETTER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.HOURLY_RATE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.INSTRUCTION_ANSWER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.SAMPLES_URL;

/**
 * An application as submitted, through the product's API or as the variables of the
 * {@code applicationReceived} message sent through {@code /process-api}.
 */
public record NewApplication(String applicantUserId, String applicantName, String email, String coverLetter,
		String samplesUrl, String instructionAnswer, BigDecimal hourlyRate, String timeZone) {

	static NewApplication of(Map<String, Object> variables) {
		List<String> errors = new ArrayList<>();
		BigDecimal rate = null;
		Object rawRate = variables.get(HOURLY_RATE);
		if (rawRate != null && rawRate.toString().length() > BoundedNumbers.MAX_TEXT_LENGTH) {
			errors.add(HOURLY_RATE + ": " + BoundedNumbers.reason());
		}
		else if (rawRate != null && !rawRate.toString().isBlank()) {
			try {
				rate = new BigDecimal(rawRate.toString());
			}
			catch (NumberFormatException ex) {
				errors.add(HOURLY_RATE + ": must be a number, was '" + rawRate + "'");
			}
		}
		NewApplication application = new NewApplication(text(variables, APPLICANT_USER_ID),
				text(variables, APPLICANT_NAME), text(variables, APPLICANT_EMAIL), text(variables, COVER_LETTER),
				text(variables, SAMPLES_URL), text(variables, INSTRUCTION_ANSWER), rate,
				text(variables, APPLICANT_TIME_ZONE));
		errors.addAll(application.errors());
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		return application;
	}

	/** Every problem of this application, each as "field: reason". */
	List<String> errors() {
		List<String> errors = new ArrayList<>();
		required(errors, APPLICANT_USER_ID, this.applicantUserId, 255);
		required(errors, APPLICANT_NAME, this.applicantName, 200);
		required(errors, COVER_LETTER, this.coverLetter, 4000);
		required(errors, INSTRUCTION_ANSWER, this.instructionAnswer, 1000);
		if (required(errors, APPLICANT_EMAIL, this.email, 320)
				&& !this.email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			errors.add(APPLICANT_EMAIL + ": must be an e-mail address such as name@example.com");
		}
		if (required(errors, SAMPLES_URL, this.samplesUrl, 1000) && !isWebAddress(this.samplesUrl)) {
			errors.add(SAMPLES_URL + ": must be an http(s) address of your work samples");
		}
		if (this.hourlyRate != null && !BoundedNumbers.fits(this.hourlyRate)) {
			errors.add(HOURLY_RATE + ": " + BoundedNumbers.reason());
		}
		else if (this.hourlyRate != null && (this.hourlyRate.signum() <= 0 || this.hourlyRate.scale() > 2)) {
			errors.add(HOURLY_RATE + ": must be an amount above zero with at most 2 decimals");
		}
		if (this.timeZone != null && !this.timeZone.isBlank()) {
			try {
				ZoneId.of(this.timeZone);
			}
			catch (DateTimeException ex) {
				errors.add(APPLICANT_TIME_ZONE + ": must be a time zone such as Europe/Berlin or UTC");
			}
		}
		return errors;
	}

	static FlowableIllegalArgumentException invalid(List<String> errors) {
		return new FlowableIllegalArgumentException("The application is invalid: " + String.join("; ", errors));
	}

	private static boolean required(List<String> errors, String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			errors.add(field + ": is required");
			return false;
		}
		if (value.length() > maxLength) {
			errors.add(field + ": must be at most " + maxLength + " characters");
			return false;
		}
		return true;
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = URI.create(value.trim());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String text(Map<String, Object> variables, String name) {
		Object value = variables.get(name);
		return (value != null) ? value.toString().trim() : null;
	}

}
