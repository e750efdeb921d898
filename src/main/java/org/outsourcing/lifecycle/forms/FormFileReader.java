package org.outsourcing.lifecycle.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flowable.form.model.FormField;
import org.flowable.form.model.FormOutcome;
import org.flowable.form.model.Option;
import org.flowable.form.model.SimpleFormModel;

/**
 * Reads one {@code forms/<key>.form} file into a {@link FormDefinition} and refuses
 * anything a user could not fill in or the validator could not check, naming the file and
 * the field. A typo in a form must stop the start, not surface as a task nobody can
 * complete.
 */
class FormFileReader {

	private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	FormDefinition read(String fileName, InputStream content) {
		String file = "forms/" + fileName;
		JsonNode root;
		try {
			root = this.json.readTree(content);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidFormException(file + ": not readable as JSON: " + ex.getOriginalMessage()
					+ ((ex.getLocation() != null) ? " at line " + ex.getLocation().getLineNr() : ""), ex);
		}
		catch (IOException ex) {
			throw new InvalidFormException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new InvalidFormException(file + ": not a JSON object");
		}
		String expectedKey = fileName.substring(0, fileName.length() - ".form".length());
		String key = root.path("key").asText("");
		if (!key.equals(expectedKey)) {
			throw new InvalidFormException(file + ": key '" + key + "' must equal the file name '" + expectedKey + "'");
		}
		if (root.path("name").asText("").isBlank()) {
			throw new InvalidFormException(file + ": has no name");
		}
		SimpleFormModel model = new SimpleFormModel();
		model.setKey(key);
		model.setName(root.path("name").asText());
		model.setDescription(root.hasNonNull("description") ? root.path("description").asText() : null);
		model.setVersion(root.path("version").asInt(1));
		model.setOutcomeVariableName(FormDefinition.outcomeVariable(key));
		Map<String, FieldType> types = new HashMap<>();
		model.setFields(fields(file, root.path("fields"), types));
		Map<String, String> confirmations = new HashMap<>();
		model.setOutcomes(outcomes(file, root.path("outcomes"), confirmations));
		return new FormDefinition(model, types, confirmations);
	}

	private List<FormField> fields(String file, JsonNode nodes, Map<String, FieldType> types) {
		if (!nodes.isArray() || nodes.isEmpty()) {
			throw new InvalidFormException(file + ": has no \"fields\" array");
		}
		List<FormField> fields = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			String id = node.path("id").asText("");
			String where = file + ", field '" + (id.isEmpty() ? "#" + (i + 1) : id) + "'";
			if (id.isBlank() || !id.matches("[A-Za-z][A-Za-z0-9_]*")) {
				throw new InvalidFormException(where + ": id must be a variable name (letters, digits, _)");
			}
			if (types.containsKey(id)) {
				throw new InvalidFormException(where + ": duplicate field id");
			}
			String typeName = node.path("type").asText("");
			FieldType type = FieldType.of(typeName)
				.orElseThrow(() -> new InvalidFormException(
						where + ": unknown type '" + typeName + "'; known types: " + FieldType.names()));
			ObjectNode field = ((ObjectNode) node).deepCopy();
			if (type.hasOptions()) {
				field.put("fieldType", "OptionFormField");
			}
			else if (node.has("options") || node.has("optionsExpression")) {
				throw new InvalidFormException(where + ": options are only for dropdown and radio-buttons fields");
			}
			FormField parsed = parse(where, field, FormField.class);
			checkOptions(where, type, parsed, field);
			checkParams(where, type, parsed);
			types.put(id, type);
			fields.add(parsed);
		}
		checkCurrencyFields(file, fields, types);
		return fields;
	}

	/**
	 * A money field's {@code currencyField} names the text field of the same form that
	 * holds its currency, so that the page shows the amount with it ("1,500.00 USD").
	 */
	private static void checkCurrencyFields(String file, List<FormField> fields, Map<String, FieldType> types) {
		for (FormField field : fields) {
			Object currency = (field.getParams() != null) ? field.getParam(FormView.Field.CURRENCY_FIELD) : null;
			if (currency == null) {
				continue;
			}
			String where = file + ", field '" + field.getId() + "'";
			if (types.get(field.getId()) != FieldType.MONEY) {
				throw new InvalidFormException(
						where + ": " + FormView.Field.CURRENCY_FIELD + " is only for money fields");
			}
			if (types.get(currency.toString()) != FieldType.TEXT) {
				throw new InvalidFormException(where + ": " + FormView.Field.CURRENCY_FIELD
						+ " must name a text field of this form, not '" + currency + "'");
			}
		}
	}

	private void checkOptions(String where, FieldType type, FormField field, JsonNode node) {
		if (!type.hasOptions()) {
			return;
		}
		List<Option> options = FormDefinition.optionsOf(field);
		String expression = node.path("optionsExpression").asText("");
		if (!expression.isEmpty()) {
			if (!options.isEmpty()) {
				throw new InvalidFormException(
						where + ": options are listed or come from an optionsExpression, not both");
			}
			if (!expression.startsWith("${") || !expression.endsWith("}")) {
				throw new InvalidFormException(
						where + ": optionsExpression must be an expression like ${bean.method()}");
			}
			return;
		}
		if (options.isEmpty()) {
			throw new InvalidFormException(
					where + ": a " + type.id() + " field needs at least one option or an optionsExpression");
		}
		Set<String> ids = new HashSet<>();
		for (Option option : options) {
			if (option.getId() == null || option.getId().isBlank()) {
				throw new InvalidFormException(where + ": option '" + option.getName() + "' has no id");
			}
			if (!ids.add(option.getId())) {
				throw new InvalidFormException(where + ": duplicate option id '" + option.getId() + "'");
			}
		}
	}

	private void checkParams(String where, FieldType type, FormField field) {
		if (field.getParams() == null) {
			return;
		}
		for (String name : List.of("minLength", "maxLength")) {
			Object value = field.getParam(name);
			if (value != null && !(value instanceof Integer length && length >= 0)) {
				throw new InvalidFormException(where + ": " + name + " must be a whole number >= 0");
			}
		}
		for (String name : List.of("min", "max")) {
			Object value = field.getParam(name);
			if (value != null && !(value instanceof Number) && !(type == FieldType.DATE && isIsoDate(value))) {
				throw new InvalidFormException(where + ": " + name + " must be a number"
						+ ((type == FieldType.DATE) ? " or an ISO date (yyyy-MM-dd)" : ""));
			}
		}
		Object min = field.getParam("min");
		Object max = field.getParam("max");
		if (min instanceof Number low && max instanceof Number high
				&& new BigDecimal(low.toString()).compareTo(new BigDecimal(high.toString())) > 0) {
			throw new InvalidFormException(where + ": min is greater than max");
		}
		Object pattern = field.getParam("pattern");
		if (pattern != null) {
			try {
				Pattern.compile(pattern.toString());
			}
			catch (PatternSyntaxException ex) {
				throw new InvalidFormException(
						where + ": pattern is not a Java regular expression: " + ex.getDescription());
			}
		}
		Object shared = field.getParam("sharedWithContractor");
		if (shared != null && !(shared instanceof Boolean)) {
			throw new InvalidFormException(where + ": sharedWithContractor must be true or false");
		}
	}

	private boolean isIsoDate(Object value) {
		return value instanceof String text && FieldValues.isoDate(text) != null;
	}

	/**
	 * @param confirmations filled with the question each destructive outcome asks first
	 * (its optional {@code "confirm"}, which Flowable's outcome model has no room for)
	 */
	private List<FormOutcome> outcomes(String file, JsonNode nodes, Map<String, String> confirmations) {
		List<FormOutcome> outcomes = new ArrayList<>();
		if (nodes.isMissingNode() || nodes.isNull()) {
			return outcomes;
		}
		if (!nodes.isArray()) {
			throw new InvalidFormException(file + ": \"outcomes\" must be an array");
		}
		Set<String> ids = new HashSet<>();
		for (JsonNode node : nodes) {
			ObjectNode copy = (node instanceof ObjectNode object) ? object.deepCopy() : null;
			JsonNode confirm = (copy != null) ? copy.remove("confirm") : null;
			FormOutcome outcome = parse(file + ", outcome", (copy != null) ? copy : node, FormOutcome.class);
			if (outcome.getId() == null || outcome.getId().isBlank()) {
				throw new InvalidFormException(file + ": outcome '" + outcome.getName() + "' has no id");
			}
			if (!ids.add(outcome.getId())) {
				throw new InvalidFormException(file + ", outcome '" + outcome.getId() + "': duplicate outcome id");
			}
			if (confirm != null) {
				if (!confirm.isTextual() || confirm.asText().isBlank()) {
					throw new InvalidFormException(
							file + ", outcome '" + outcome.getId() + "': \"confirm\" must be the question to ask");
				}
				confirmations.put(outcome.getId(), confirm.asText());
			}
			outcomes.add(outcome);
		}
		return outcomes;
	}

	private <T> T parse(String where, JsonNode node, Class<T> type) {
		try {
			return this.json.treeToValue(node, type);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new InvalidFormException(where + ": unknown property '" + ex.getPropertyName() + "'", ex);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidFormException(where + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
