package org.outsourcing.lifecycle.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend on each other one way only, and all of them may depend on
 * {@code core}: read from the references to {@code org.outsourcing.lifecycle.<package>}
 * (imports and fully qualified names) in the main sources.
 */
class PackageCyclesTest {

	private static final Path MAIN = Path.of("src/main/java/org/outsourcing/lifecycle");

	private static final Pattern REFERENCE = Pattern.compile("org\\.outsourcing\\.lifecycle\\.([a-z]\\w*)\\.[A-Z]");

	@Test
	void noPackageDependsOnItselfThroughOthers() throws IOException {
		Map<String, Set<String>> dependencies = dependencies();
		assertThat(dependencies).containsKeys("core", "forms", "security", "engagement", "audit", "notification");
		assertThat(cycles(dependencies)).isEmpty();
	}

	@Test
	void coreDependsOnNoFeature() throws IOException {
		assertThat(dependencies().get("core")).isEmpty();
	}

	@Test
	void aCycleIsFound() {
		Map<String, Set<String>> withCycle = Map.of("engagement", Set.of("notification"), "notification",
				Set.of("audit"), "audit", Set.of("engagement"), "core", Set.of());
		assertThat(cycles(withCycle)).containsExactly(List.of("audit", "engagement", "notification", "audit"));
	}

	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> dependencies = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String from = MAIN.relativize(file).getName(0).toString();
				if (file.getParent().equals(MAIN)) {
					continue;
				}
				Set<String> to = dependencies.computeIfAbsent(from, (key) -> new TreeSet<>());
				Matcher reference = REFERENCE.matcher(Files.readString(file));
				while (reference.find()) {
					if (!reference.group(1).equals(from)) {
						to.add(reference.group(1));
					}
				}
			}
		}
		return dependencies;
	}

	/** Each cycle once, as the path from its alphabetically first package back to it. */
	private static List<List<String>> cycles(Map<String, Set<String>> dependencies) {
		List<List<String>> cycles = new ArrayList<>();
		for (String start : new TreeSet<>(dependencies.keySet())) {
			Deque<List<String>> paths = new ArrayDeque<>();
			paths.push(List.of(start));
			Set<String> seen = new TreeSet<>();
			while (!paths.isEmpty()) {
				List<String> path = paths.pop();
				for (String next : dependencies.getOrDefault(path.get(path.size() - 1), Set.of())) {
					if (next.equals(start)) {
						List<String> cycle = new ArrayList<>(path);
						cycle.add(start);
						cycles.add(cycle);
					}
					else if (next.compareTo(start) > 0 && seen.add(next)) {
						List<String> longer = new ArrayList<>(path);
						longer.add(next);
						paths.push(longer);
					}
				}
			}
		}
		return cycles;
	}

}
