package org.outsourcing.lifecycle.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.form.model.FormField;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.outsourcing.lifecycle.forms.FormDefinition;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.security.ContractorVisibleVariables;
import org.springframework.stereotype.Component;

/**
 * What the work is about, shown next to a task: the owner's work definition as the
 * top-level process holds it. A contractor sees only the fields the forms share with
 * contractors.
 */
@Component
class EngagementContext {

	/** The start form of an engagement; its fields describe the work. */
	static final String WORK_DEFINITION_FORM = "defineWork";

	private final HistoryService history;

	private final FormRegistry forms;

	private final ContractorVisibleVariables contractorVisible;

	EngagementContext(HistoryService history, FormRegistry forms, ContractorVisibleVariables contractorVisible) {
		this.history = history;
		this.forms = forms;
		this.contractorVisible = contractorVisible;
	}

	List<Fact> of(String engagementId, boolean contractor) {
		FormDefinition definition = this.forms.find(WORK_DEFINITION_FORM).orElse(null);
		if (engagementId == null || definition == null) {
			return List.of();
		}
		// history holds the variables of running and ended engagements alike
		Map<String, Object> variables = new java.util.HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(engagementId)
			.excludeTaskVariables()
			.list()) {
			if (variable.getValue() != null) {
				variables.put(variable.getVariableName(), variable.getValue());
			}
		}
		List<Fact> facts = new ArrayList<>();
		for (FormField field : definition.fields()) {
			if (contractor && !this.contractorVisible.shared().contains(field.getId())) {
				continue;
			}
			Object value = variables.get(field.getId());
			if (value != null && !value.toString().isBlank()) {
				facts.add(new Fact(field.getName(), words(definition, field, value)));
			}
		}
		return facts;
	}

	private static String words(FormDefinition definition, FormField field, Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "Yes" : "No";
		}
		if ("date".equals(field.getType())) {
			return Dates.day(value);
		}
		if (value instanceof BigDecimal amount) {
			Object currency = (field.getParams() != null) ? field.getParams().get("currency") : null;
			return amount.toPlainString() + ((currency != null) ? " " + currency : "");
		}
		return definition.options(field)
			.stream()
			.filter((option) -> option.getId().equals(value.toString()))
			.map((option) -> option.getName())
			.findFirst()
			.orElse(value.toString());
	}

	record Fact(String label, String value) {
	}

}
