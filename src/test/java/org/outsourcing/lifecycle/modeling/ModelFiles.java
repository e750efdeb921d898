package org.outsourcing.lifecycle.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The models and forms of the working copy ({@code processes/}, {@code forms/}) as files
 * of one deployment, and edits of them as a modeler would save them.
 */
public final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * Every file of {@code processes/} and {@code forms/}, by its path in the repository.
	 */
	public static Map<String, byte[]> all() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String folder : List.of("processes", "forms")) {
			try (Stream<Path> paths = Files.list(Path.of(folder))) {
				for (Path path : paths.sorted().toList()) {
					files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/** {@code processes/<processId>.bpmn20.xml} as text. */
	public static String model(String processId) {
		try {
			return Files.readString(Path.of("processes", processId + ".bpmn20.xml"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The model with {@code xml} added as the last elements of its process. */
	public static String withInProcess(String model, String xml) {
		int end = model.indexOf("</process>");
		return model.substring(0, end) + xml + "\n  " + model.substring(end);
	}

}
