package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The process variables a contractor may read, from the forms in {@code forms/}: every
 * field marked {@code "params": {"sharedWithContractor": true}} in any form, plus the
 * input fields of the form of the contractor's own task (what they typed themselves).
 * Read-only fields of their form only show context and count only if marked shared.
 */
@Component
public class ContractorVisibleVariables {

	private final Set<String> shared;

	private final Map<String, Set<String>> inputFieldsByForm;

	ContractorVisibleVariables(ObjectMapper objectMapper) {
		Set<String> sharedFields = new HashSet<>();
		Map<String, Set<String>> inputFields = new HashMap<>();
		for (Resource resource : formResources()) {
			JsonNode form = read(objectMapper, resource);
			Set<String> inputs = new HashSet<>();
			for (JsonNode field : form.path("fields")) {
				String id = field.path("id").asText();
				if (field.path("params").path("sharedWithContractor").asBoolean(false)) {
					sharedFields.add(id);
				}
				if (!field.path("readOnly").asBoolean(false)) {
					inputs.add(id);
				}
			}
			inputFields.put(form.path("key").asText(), Set.copyOf(inputs));
		}
		this.shared = Set.copyOf(sharedFields);
		this.inputFieldsByForm = Map.copyOf(inputFields);
	}

	/** The variables shared with contractors in general, whatever their task. */
	public Set<String> shared() {
		return this.shared;
	}

	/**
	 * What a contractor may read at their task with this form key ({@code key} or
	 * {@code forms/key.form}).
	 */
	public Set<String> atTask(String formKey) {
		Set<String> visible = new HashSet<>(this.shared);
		String key = formKeyOf(formKey);
		if (key != null) {
			visible.addAll(this.inputFieldsByForm.getOrDefault(key, Set.of()));
			visible.add("form_" + key + "_outcome");
		}
		return visible;
	}

	/** What a contractor may write when completing their task with this form key. */
	public Set<String> inputsAt(String formKey) {
		String key = formKeyOf(formKey);
		if (key == null) {
			return Set.of();
		}
		Set<String> inputs = new HashSet<>(this.inputFieldsByForm.getOrDefault(key, Set.of()));
		inputs.add("form_" + key + "_outcome");
		return inputs;
	}

	static String formKeyOf(String formKey) {
		if (formKey == null || formKey.isBlank()) {
			return null;
		}
		String key = formKey.startsWith("forms/") ? formKey.substring("forms/".length()) : formKey;
		return key.endsWith(".form") ? key.substring(0, key.length() - ".form".length()) : key;
	}

	private static Resource[] formResources() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the forms", ex);
		}
	}

	private static JsonNode read(ObjectMapper objectMapper, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return objectMapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the form " + resource.getDescription(), ex);
		}
	}

}
