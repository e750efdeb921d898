package org.outsourcing.lifecycle.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;

/**
 * Renders every model in {@code processes/} to {@code docs/diagrams/<processId>.png},
 * from the models' own diagram interchange: {@code mvn -Pdocs process-classes}.
 */
public final class DiagramExport {

	private DiagramExport() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		Path models = Path.of((args.length > 0) ? args[0] : "processes");
		Path target = Path.of((args.length > 1) ? args[1] : "docs/diagrams");
		Files.createDirectories(target);
		DiagramRenderer renderer = new DiagramRenderer();
		for (Path model : bpmnFiles(models)) {
			BpmnModel bpmn = read(model);
			Path png = target.resolve(bpmn.getMainProcess().getId() + ".png");
			Files.write(png, renderer.png(bpmn));
			System.out.println("Drew " + model + " -> " + png);
		}
	}

	static BpmnModel read(Path model) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		try (InputStream in = Files.newInputStream(model)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in, "UTF-8");
			return new BpmnXMLConverter().convertToBpmnModel(reader);
		}
		catch (javax.xml.stream.XMLStreamException ex) {
			throw new IOException("Cannot read " + model, ex);
		}
	}

	private static List<Path> bpmnFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.toString().endsWith(".bpmn20.xml")).sorted().toList();
		}
	}

}
