package org.outsourcing.lifecycle.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forms of {@code forms/} load; a broken one stops the start naming file and field.
 */
class FormRegistryTest {

	@TempDir
	Path dir;

	@Test
	void theProductsFormsLoadWithTheirFieldsOutcomesAndSharedFields() {
		FormRegistry registry = new FormRegistry();

		FormDefinition defineWork = registry.find("forms/defineWork.form").orElseThrow();
		assertThat(defineWork.field("jobCategory")).isPresent();
		assertThat(defineWork.type(defineWork.field("budgetMin").orElseThrow())).isEqualTo(FieldType.MONEY);
		assertThat(defineWork.hasOutcomes()).isFalse();
		assertThat(registry.sharedWithContractor("defineWork")).contains("title", "deliverables")
			.doesNotContain("budgetMin", "liaison");
		FormDefinition confirm = registry.get("confirmCoreWork");
		assertThat(confirm.outcomeIds()).containsExactlyInAnyOrder("confirm", "withdraw");
		assertThat(confirm.confirmation("withdraw")).hasValue("Keep the work in-house? The engagement ends here.");
		assertThat(confirm.confirmation("confirm")).isEmpty();
		assertThat(confirm.editableFields()).extracting((field) -> field.getId()).containsExactly("confirmationNote");
	}

	@Test
	void aBrokenFormStopsTheStartNamingTheFileAndTheField() throws IOException {
		assertBroken("good", "{\"key\":\"good\",\"name\":\"G\",\"fields\":[", "forms/good.form: not readable as JSON");
		assertBroken("dup", form("dup", field("a", "text") + "," + field("a", "integer")),
				"forms/dup.form, field 'a': duplicate field id");
		assertBroken("odd", form("odd", field("color", "colour")),
				"forms/odd.form, field 'color': unknown type 'colour'");
		assertBroken("pick", form("pick", field("level", "dropdown")),
				"forms/pick.form, field 'level': a dropdown field needs at least one option");
		assertBroken("radio", form("radio", "{\"id\":\"r\",\"name\":\"R\",\"type\":\"radio-buttons\",\"options\":[]}"),
				"forms/radio.form, field 'r': a radio-buttons field needs at least one option");
		assertBroken("both", form("both",
				"{\"id\":\"p\",\"name\":\"P\",\"type\":\"dropdown\",\"options\":[{\"id\":\"x\",\"name\":\"X\"}],"
						+ "\"optionsExpression\":\"${timeZones.all()}\"}"),
				"forms/both.form, field 'p': options are listed or come from an optionsExpression, not both");
		assertBroken("plain", form("plain",
				"{\"id\":\"p\",\"name\":\"P\",\"type\":\"dropdown\",\"optionsExpression\":\"timeZones.all()\"}"),
				"forms/plain.form, field 'p': optionsExpression must be an expression like ${bean.method()}");
		assertBroken("textual",
				form("textual",
						"{\"id\":\"p\",\"name\":\"P\",\"type\":\"text\",\"optionsExpression\":\"${timeZones.all()}\"}"),
				"forms/textual.form, field 'p': options are only for dropdown and radio-buttons fields");
		assertBroken("named", form("otherName", field("a", "text")),
				"forms/named.form: key 'otherName' must equal the file name 'named'");
		assertBroken("typo", form("typo", "{\"id\":\"a\",\"name\":\"A\",\"type\":\"text\",\"requried\":true}"),
				"forms/typo.form, field 'a': unknown property 'requried'");
		assertBroken("ask",
				"{\"key\":\"ask\",\"name\":\"A\",\"fields\":[" + field("a", "text")
						+ "],\"outcomes\":[{\"id\":\"drop\",\"name\":\"Drop\",\"confirm\":3}]}",
				"forms/ask.form, outcome 'drop': \"confirm\" must be the question to ask");
		assertBroken("regex",
				form("regex", "{\"id\":\"a\",\"name\":\"A\",\"type\":\"text\",\"params\":{\"pattern\":\"([a-z\"}}"),
				"forms/regex.form, field 'a': pattern is not a Java regular expression");
		assertBroken("priced",
				form("priced",
						"{\"id\":\"fee\",\"name\":\"Fee\",\"type\":\"money\",\"params\":{\"currencyField\":\"cur\"}}"),
				"forms/priced.form, field 'fee': currencyField must name a text field of this form, not 'cur'");
		assertBroken("counted",
				form("counted",
						"{\"id\":\"n\",\"name\":\"N\",\"type\":\"integer\",\"params\":{\"currencyField\":\"c\"}},"
								+ field("c", "text")),
				"forms/counted.form, field 'n': currencyField is only for money fields");
	}

	private void assertBroken(String file, String content, String message) throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve(file));
		Files.writeString(folder.resolve(file + ".form"), content);
		assertThatThrownBy(
				() -> new FormRegistry(new PathMatchingResourcePatternResolver(), folder.toUri() + "*.form", null))
			.isInstanceOf(InvalidFormException.class)
			.hasMessageContaining(message);
	}

	private static String form(String key, String fields) {
		return "{\"key\":\"" + key + "\",\"name\":\"Form\",\"fields\":[" + fields + "]}";
	}

	private static String field(String id, String type) {
		return "{\"id\":\"" + id + "\",\"name\":\"Field\",\"type\":\"" + type + "\"}";
	}

}
