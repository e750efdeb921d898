package org.outsourcing.lifecycle.modeling;

import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one deployment by resource name: BPMN models, DMN tables and forms, as the
 * engine, a {@code .bar} upload or {@code processes/} and {@code forms/} hold them.
 */
record ModelResources(Map<String, byte[]> files) {

	ModelResources {
		files = new TreeMap<>(files);
	}

	static boolean isBpmn(String name) {
		return name.endsWith(".bpmn20.xml") || name.endsWith(".bpmn");
	}

	static boolean isDmn(String name) {
		return name.endsWith(".dmn") || name.endsWith(".dmn.xml");
	}

	static boolean isForm(String name) {
		return name.endsWith(".form");
	}

	/** The file name without folders: resources of the start-up deployment are paths. */
	static String fileName(String resource) {
		String name = resource.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** {@code defineWork} for {@code forms/defineWork.form}. */
	static String formKey(String resource) {
		String name = fileName(resource);
		return name.substring(0, name.length() - ".form".length());
	}

}
