package org.outsourcing.lifecycle.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flowable's internals ({@code org.flowable..impl..}) are used by the adapters of
 * {@code core.engine} only, each with a test against the real engine: no other class may
 * use one. A feature that needs an internal gets it through an adapter (or a new one,
 * with its test).
 */
class EngineInternalsTest {

	private static final Path MAIN = Path.of("src/main/java/org/outsourcing/lifecycle");

	private static final Pattern INTERNAL = Pattern.compile("org\\.flowable\\.[\\w.]*?\\.impl\\.");

	private static final String ADAPTERS = "core/engine/";

	@Test
	void onlyTheAdaptersUseFlowableInternals() throws IOException {
		assertThat(usersOfInternals()).isEmpty();
	}

	@Test
	void anInternalIsFound() {
		assertThat(usesInternals("import org.flowable.engine.impl.util.CommandContextUtil;")).isTrue();
		assertThat(usesInternals("String user = org.flowable.common.engine.impl.identity.Authentication.get();"))
			.isTrue();
		assertThat(usesInternals("import org.flowable.engine.delegate.DelegateExecution;")).isFalse();
		assertThat(usesInternals("import org.flowable.spring.SpringProcessEngineConfiguration;")).isFalse();
	}

	/** The main classes outside the adapters that use Flowable internals. */
	private static Set<String> usersOfInternals() throws IOException {
		Set<String> users = new TreeSet<>();
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter((path) -> path.toString().endsWith(".java")).forEach(sources::add);
		}
		for (Path source : sources) {
			String name = MAIN.relativize(source).toString().replace('\\', '/');
			if (!name.startsWith(ADAPTERS) && usesInternals(Files.readString(source))) {
				users.add(name);
			}
		}
		return users;
	}

	static boolean usesInternals(String source) {
		return INTERNAL.matcher(source).find();
	}

}
