package org.outsourcing.lifecycle.forms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.form.model.FormField;
import org.outsourcing.lifecycle.security.ContractorVisibleVariables;

import org.springframework.stereotype.Component;

/**
 * The process variables a contractor may read and write, from the form registry: every
 * field marked {@code "params": {"sharedWithContractor": true}} in any form, plus the
 * input fields of the form of the contractor's own task (what they typed themselves).
 * Read-only fields of their form only show context and count only if marked shared.
 */
@Component
class FormContractorVariables implements ContractorVisibleVariables {

	private final Set<String> shared;

	private final Map<String, Set<String>> inputFieldsByForm;

	FormContractorVariables(FormRegistry forms) {
		Set<String> sharedFields = new HashSet<>();
		Map<String, Set<String>> inputFields = new HashMap<>();
		for (FormDefinition form : forms.all()) {
			sharedFields.addAll(form.sharedWithContractor());
			inputFields.put(form.key(),
					form.editableFields().stream().map(FormField::getId).collect(Collectors.toUnmodifiableSet()));
		}
		this.shared = Set.copyOf(sharedFields);
		this.inputFieldsByForm = Map.copyOf(inputFields);
	}

	@Override
	public Set<String> shared() {
		return this.shared;
	}

	@Override
	public Set<String> atTask(String formKey) {
		Set<String> visible = new HashSet<>(this.shared);
		String key = formKeyOf(formKey);
		if (key != null) {
			visible.addAll(this.inputFieldsByForm.getOrDefault(key, Set.of()));
			visible.add(FormDefinition.outcomeVariable(key));
		}
		return visible;
	}

	@Override
	public Set<String> inputsAt(String formKey) {
		String key = formKeyOf(formKey);
		if (key == null) {
			return Set.of();
		}
		Set<String> inputs = new HashSet<>(this.inputFieldsByForm.getOrDefault(key, Set.of()));
		inputs.add(FormDefinition.outcomeVariable(key));
		return inputs;
	}

	static String formKeyOf(String formKey) {
		if (formKey == null || formKey.isBlank()) {
			return null;
		}
		String key = formKey.startsWith("forms/") ? formKey.substring("forms/".length()) : formKey;
		return key.endsWith(".form") ? key.substring(0, key.length() - ".form".length()) : key;
	}

}
