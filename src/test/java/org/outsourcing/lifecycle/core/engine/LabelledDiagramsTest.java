package org.outsourcing.lifecycle.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LabelledDiagrams} with Flowable's real generator on a product model: it draws a
 * PNG, an event's name shows at its label, and the model keeps its names. An upgrade that
 * changes the generator it extends fails here.
 */
class LabelledDiagramsTest {

	private static final String FONT = "DejaVu Sans";

	@Test
	void anEventsNameIsDrawnAndTheModelKeepsIt() throws Exception {
		BpmnModel model = jobAd();
		Event start = (Event) model.getMainProcess().getFlowElement("adRequested");
		assertThat(model.getLabelGraphicInfo("adRequested")).as("the model's label DI").isNotNull();
		byte[] named = draw(model);
		assertThat(start.getName()).isEqualTo("Ad requested");
		start.setName(null);
		byte[] unnamed = draw(model);
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(named))).isNotNull();
		assertThat(named).as("the event's name drawn at its label").isNotEqualTo(unnamed);
	}

	private static byte[] draw(BpmnModel model) throws IOException {
		try (InputStream png = LabelledDiagrams.png(model, List.of(), List.of(), FONT,
				LabelledDiagramsTest.class.getClassLoader())) {
			return png.readAllBytes();
		}
	}

	private static BpmnModel jobAd() throws Exception {
		try (InputStream xml = Files.newInputStream(Path.of("processes/jobAd.bpmn20.xml"))) {
			return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(xml));
		}
	}

}
