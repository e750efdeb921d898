package org.outsourcing.lifecycle.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.flowable.bpmn.model.BpmnModel;
import org.outsourcing.lifecycle.core.engine.LabelledDiagrams;

/**
 * Draws a process model as a PNG from its diagram interchange, optionally with activities
 * and flows highlighted (where an engagement stands and the path it took). Used by the
 * web UI and by {@link DiagramExport} for the README's pictures.
 */
public class DiagramRenderer {

	private static final String FONT = "DejaVu Sans";

	public byte[] png(BpmnModel model, List<String> activeActivities, List<String> passedFlows) {
		// the generator briefly renames boundary events on the (possibly cached and
		// shared) model
		synchronized (model) {
			return draw(model, activeActivities, passedFlows);
		}
	}

	private byte[] draw(BpmnModel model, List<String> activeActivities, List<String> passedFlows) {
		try (InputStream image = LabelledDiagrams.png(model, activeActivities, passedFlows, FONT,
				getClass().getClassLoader())) {
			return image.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw process " + model.getMainProcess().getId(), ex);
		}
	}

	public byte[] png(BpmnModel model) {
		return png(model, List.of(), List.of());
	}

}
