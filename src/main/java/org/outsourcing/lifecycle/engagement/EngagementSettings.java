package org.outsourcing.lifecycle.engagement;

import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.core.Limits;
import org.outsourcing.lifecycle.forms.FormDefinition;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.forms.FormValidator;

import org.springframework.stereotype.Component;

/**
 * Checks what an engagement is started with, however it is started (the start form,
 * {@code /process-api}, Java): the work definition's values must fit the
 * {@code defineWork} form, and every deadline and limit it overrides must be valid. A
 * wrong value refuses the start, so nothing is written, rather than failing a timer weeks
 * later. Missing values are fine: the owner completes them in stage 0.
 */
@Component("engagementSettings")
public class EngagementSettings {

	private static final String DEFINITION_FORM = "defineWork";

	private final Deadlines deadlines;

	private final Limits limits;

	private final FormRegistry forms;

	private final FormValidator validator;

	EngagementSettings(Deadlines deadlines, Limits limits, FormRegistry forms, FormValidator validator) {
		this.deadlines = deadlines;
		this.limits = limits;
		this.forms = forms;
		this.validator = validator;
	}

	public void requireValid(DelegateExecution execution) {
		this.deadlines.requireValidOverrides(execution);
		this.limits.requireValidOverrides(execution);
		FormDefinition form = this.forms.get(DEFINITION_FORM);
		Map<String, Object> given = new HashMap<>();
		form.editableFields().forEach((field) -> {
			if (execution.hasVariable(field.getId())) {
				given.put(field.getId(), execution.getVariable(field.getId()));
			}
		});
		this.validator.validate(form, given, false, false);
	}

}
