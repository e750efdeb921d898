package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;

/**
 * An application as submitted, through the careers page, the product's API or as the
 * variables of the {@code applicationReceived} message sent through {@code /process-api}.
 * What it must be is the form {@code forms/apply.form} ({@link ApplicationForm}), which
 * the model's step {@code recordApplication} checks on every way in.
 */
public record NewApplication(String applicantUserId, String applicantName, String email, String coverLetter,
		String samplesUrl, String instructionAnswer, BigDecimal hourlyRate, String timeZone) {

}
