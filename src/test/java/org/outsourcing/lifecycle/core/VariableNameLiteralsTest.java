package org.outsourcing.lifecycle.core;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Process variable names are written once, in the features' {@code *Variables} classes:
 * the main sources hold no string literal equal to one of their names elsewhere, and pass
 * no literal name to Flowable's or {@link Variables}' accessors.
 */
class VariableNameLiteralsTest {

	private static final Path MAIN = Path.of("src/main/java/org/outsourcing/lifecycle");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	/** A literal handed to a variable accessor as the name, whatever the name. */
	private static final Pattern ACCESSOR_WITH_LITERAL = Pattern.compile(
			"(?:(?:get|set|has|remove)Variables?(?:Local)?|Variables\\.(?!formOutcome)\\w+)\\(\\s*(?:\\w+\\s*,\\s*)?\"(\\w+)\"");

	/** A literal that names a database column or a Spring bean. */
	private static final Pattern COLUMN_OR_BEAN = Pattern.compile("(?:rs\\.get\\w*|@Component)\\(\\s*$");

	/**
	 * Literals that equal a variable name but mean something else, by file: a group, a
	 * form's outcome or parameter, a key of an audit entry's details, a property of the
	 * product API's JSON, a model attribute of a page.
	 */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("core/Groups.java", Set.of("liaison", "contractor")),
			Map.entry("security/ExpressionBeans.java", Set.of("complianceNeeds")),
			Map.entry("access/AccessRegister.java", Set.of("accessLevel")),
			Map.entry("audit/AuditExport.java", Set.of("engagementId")),
			Map.entry("contract/ContractDocuments.java", Set.of("offerId")),
			Map.entry("config/OpenApiDocument.java", Set.of("title")),
			Map.entry("engagement/RecordEngagementWithdrawal.java", Set.of("withdrawnBy")),
			Map.entry("engagement/WithdrawalController.java", Set.of("engagementId")),
			Map.entry("recruitment/RecordApplication.java", Set.of("applicationId", "applicantUserId", "adId")),
			Map.entry("recruitment/RecordScreening.java", Set.of("shortlist")),
			Map.entry("web/CareersController.java", Set.of("engagementId")),
			Map.entry("web/EngagementContext.java", Set.of("currency")),
			Map.entry("web/FormPage.java", Set.of("currency")),
			Map.entry("web/NoticePageController.java", Set.of("noticeReason")),
			Map.entry("web/PublicApplications.java", Set.of("adId")));

	@Test
	void variableNamesAreWrittenOnlyInTheirVariablesClasses() throws IOException {
		Set<String> names = variableNames();
		assertThat(names).contains(EngagementVariables.ENGAGEMENT_ID, "adId", "trialOutcome", "retainerOutcome",
				"form_acceptRetainer_outcome");
		List<String> found = new ArrayList<>();
		for (Path file : mainSources()) {
			if (!file.getFileName().toString().endsWith("Variables.java")) {
				found.addAll(literalNames(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file),
						names));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void aLiteralNameIsFound() {
		String source = """
				class Sample {
					void execute(DelegateExecution execution) {
						Integer needed = Variables.integer(execution, "overlapHours");
						Object outcome = execution.getVariable("trialOutcome");
						execution.setVariableLocal("anyNewName", true);
						String column = rs.getString("trialOutcome");
						String text = "the trial";
					}
				}
				""";
		assertThat(literalNames("trial/Sample.java", source, Set.of("trialOutcome"))).containsExactly(
				"trial/Sample.java:3: \"overlapHours\" passed to a variable accessor",
				"trial/Sample.java:4: \"trialOutcome\" passed to a variable accessor",
				"trial/Sample.java:4: \"trialOutcome\" is a process variable name",
				"trial/Sample.java:5: \"anyNewName\" passed to a variable accessor");
	}

	static List<String> literalNames(String file, String source, Set<String> names) {
		List<String> found = new ArrayList<>();
		String[] lines = source.split("\n", -1);
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
				continue;
			}
			Matcher accessor = ACCESSOR_WITH_LITERAL.matcher(line);
			while (accessor.find()) {
				found.add(file + ":" + number + ": \"" + accessor.group(1) + "\" passed to a variable accessor");
			}
			Matcher literal = LITERAL.matcher(line);
			while (literal.find()) {
				String value = literal.group(1);
				boolean otherMeaning = COLUMN_OR_BEAN.matcher(line.substring(0, literal.start())).find()
						|| ALLOWED.getOrDefault(file, Set.of()).contains(value);
				if (names.contains(value) && !otherMeaning) {
					found.add(file + ":" + number + ": \"" + value + "\" is a process variable name");
				}
			}
		}
		return found;
	}

	/** The values of the {@code String} constants of every {@code *Variables} class. */
	private static Set<String> variableNames() throws IOException {
		Set<String> names = new TreeSet<>();
		for (Path file : mainSources()) {
			String fileName = file.getFileName().toString();
			if (!fileName.endsWith("Variables.java")) {
				continue;
			}
			String className = "org.outsourcing.lifecycle."
					+ MAIN.relativize(file).toString().replace('\\', '/').replace('/', '.').replace(".java", "");
			for (Field field : load(className).getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
					names.add((String) read(field));
				}
			}
		}
		return names;
	}

	private static List<Path> mainSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((path) -> path.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object read(Field field) {
		try {
			field.setAccessible(true);
			return field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
