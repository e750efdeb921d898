package org.outsourcing.lifecycle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name of a form's outcome variable is Flowable's convention, and only
 * {@link Variables#formOutcome(String)} builds it.
 */
class FormOutcomeNameTest {

	private static final Path MAIN = Path.of("src/main/java/org/outsourcing/lifecycle");

	private static final Pattern BUILT = Pattern.compile("\"form_\"\\s*\\+|\\+\\s*\"_outcome\"");

	@Test
	void theOutcomeVariableFollowsFlowablesConvention() {
		assertThat(Variables.formOutcome("screenApplication")).isEqualTo("form_screenApplication_outcome");
	}

	@Test
	void onlyVariablesBuildsTheName() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			List<Path> building = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> !file.endsWith(Path.of("core", "Variables.java")))
				.filter((file) -> BUILT.matcher(read(file)).find())
				.toList();
			assertThat(building).isEmpty();
		}
		assertThat(BUILT.matcher("String name = \"form_\" + key + \"_outcome\";").find()).isTrue();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
