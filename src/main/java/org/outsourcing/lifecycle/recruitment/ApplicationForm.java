package org.outsourcing.lifecycle.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.form.model.FormField;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormDefinition;
import org.outsourcing.lifecycle.forms.FormOptions;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.FormValidator;

import org.springframework.stereotype.Component;

import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_EMAIL;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_NAME;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_TIME_ZONE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.APPLICANT_USER_ID;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.COVER_LETTER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.HOURLY_RATE;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.INSTRUCTION_ANSWER;
import static org.outsourcing.lifecycle.recruitment.RecruitmentVariables.SAMPLES_URL;

/**
 * What an application must be: the form {@code forms/apply.form}, checked by the form
 * registry's validator like every task form, on every way in (the careers page, the
 * product's API and the {@code applicationReceived} message of {@code /process-api},
 * which the model's own step checks). The applicant is never a field of the form: it is
 * the signed-in user, or the account the careers page created.
 */
@Component
public class ApplicationForm {

	/** The form's key; the message start event of the job ad names it. */
	public static final String KEY = "apply";

	private final FormRegistry forms;

	private final FormValidator validator;

	private final FormOptions options;

	ApplicationForm(FormRegistry forms, FormValidator validator, FormOptions options) {
		this.forms = forms;
		this.validator = validator;
		this.options = options;
	}

	/** The form with its options (the time zones) in place. */
	public FormDefinition definition() {
		return this.options.resolve(this.forms.get(KEY), VariableContainer.empty());
	}

	/**
	 * The application of this applicant, its values checked against the form.
	 * @param values the form's fields by id; anything else is refused naming it
	 * @param textual whether numbers may arrive as text (a page, a message's variables)
	 * @throws FormValidationException naming every field that is wrong
	 */
	public NewApplication read(String applicantUserId, Map<String, ?> values, boolean textual) {
		List<FieldError> missing = new ArrayList<>();
		if (applicantUserId == null || applicantUserId.isBlank()) {
			missing.add(new FieldError(APPLICANT_USER_ID, "is required: the applicant's user id"));
		}
		Map<String, Object> accepted;
		try {
			accepted = this.validator.validate(definition(), values, true, textual);
		}
		catch (FormValidationException ex) {
			missing.addAll(ex.errors());
			throw new FormValidationException(KEY, missing);
		}
		if (!missing.isEmpty()) {
			throw new FormValidationException(KEY, missing);
		}
		return new NewApplication(applicantUserId.strip(), text(accepted, APPLICANT_NAME),
				text(accepted, APPLICANT_EMAIL), text(accepted, COVER_LETTER), text(accepted, SAMPLES_URL),
				text(accepted, INSTRUCTION_ANSWER), (BigDecimal) accepted.get(HOURLY_RATE),
				text(accepted, APPLICANT_TIME_ZONE));
	}

	/**
	 * Checks the values alone, before there is an applicant (the careers page checks them
	 * before it opens an account).
	 * @throws FormValidationException naming every field that is wrong
	 */
	public void check(Map<String, ?> values, boolean textual) {
		this.validator.validate(definition(), values, true, textual);
	}

	/**
	 * The form's fields among these variables (a message carries the process's variables
	 * too): what the applicant sent.
	 */
	Map<String, Object> fieldsOf(Map<String, Object> variables) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (FormField field : definition().editableFields()) {
			if (variables.containsKey(field.getId())) {
				fields.put(field.getId(), variables.get(field.getId()));
			}
		}
		return fields;
	}

	private static String text(Map<String, Object> values, String field) {
		Object value = values.get(field);
		return (value != null) ? value.toString().strip() : null;
	}

}
