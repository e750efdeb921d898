package org.outsourcing.lifecycle.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.form.model.FormField;
import org.flowable.form.model.Option;
import org.outsourcing.lifecycle.core.engine.EngineExpressions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The options of the fields whose list comes from the process
 * ({@code "optionsExpression": "${applications.selectable(adId)}"} in a form file): the
 * expression is evaluated against the task's process (or, for a start form, against
 * nothing but the expression beans) and must give a map of option id to option name in
 * the order to show, or a list of ids that are their own names. The form API shows these
 * options and the validator accepts only them.
 */
@Component
public class FormOptions {

	private static final Logger log = LoggerFactory.getLogger(FormOptions.class);

	private final EngineExpressions expressions;

	FormOptions(EngineExpressions expressions) {
		this.expressions = expressions;
	}

	/** Evaluates a form's expression as the models' own are evaluated. */
	Object evaluate(String expression, VariableContainer scope) {
		return this.expressions.evaluate(expression, scope);
	}

	/**
	 * The form with the options its expressions give in this scope; the form itself when
	 * it has none.
	 */
	public FormDefinition resolve(FormDefinition form, VariableContainer scope) {
		if (!form.hasOptionsExpressions()) {
			return form;
		}
		Map<String, List<Option>> resolved = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			String expression = form.optionsExpression(field);
			if (expression != null) {
				resolved.put(field.getId(), options(form, field, expression, scope));
			}
		}
		return form.withOptions(resolved);
	}

	private List<Option> options(FormDefinition form, FormField field, String expression, VariableContainer scope) {
		Object value;
		try {
			value = evaluate(expression, scope);
		}
		catch (RuntimeException ex) {
			// A process that does not (yet) hold what the list needs offers nothing to
			// choose, and the validator refuses any value.
			log.debug("Form {} field {}: options {} not evaluated: {}", form.key(), field.getId(), expression,
					ex.getMessage());
			return List.of();
		}
		List<Option> options = new ArrayList<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((id, name) -> options.add(option(id, name)));
		}
		else if (value instanceof Iterable<?> ids) {
			ids.forEach((id) -> options.add(option(id, id)));
		}
		else if (value != null) {
			throw new IllegalStateException("Form " + form.key() + " field " + field.getId() + ": " + expression
					+ " must give a map of option id to name or a list of ids, not a "
					+ value.getClass().getSimpleName());
		}
		return options;
	}

	private static Option option(Object id, Object name) {
		Option option = new Option();
		option.setId(String.valueOf(id));
		option.setName(String.valueOf(name));
		return option;
	}

}
