package org.outsourcing.lifecycle.core.engine;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.image.impl.DefaultProcessDiagramCanvas;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Draws a process model as a PNG from its diagram interchange, with activities and flows
 * highlighted. Flowable's generator names tasks and flows but not most events and
 * gateways, and it writes the names of boundary and intermediate events over the shapes
 * around them; this one writes every event's and gateway's name where the model's label
 * DI puts it, as modelers do. It extends Flowable's internal generator, which this
 * adapter alone does ({@code LabelledDiagramsTest} fails when an upgrade changes it).
 */
public final class LabelledDiagrams {

	private static final Generator GENERATOR = new Generator();

	private LabelledDiagrams() {
	}

	/**
	 * The model as a PNG in this font. The drawing briefly takes the events' names off
	 * the model: callers that share a model between threads draw it under its lock.
	 */
	public static InputStream png(BpmnModel model, List<String> highlightedActivities, List<String> highlightedFlows,
			String fontName, ClassLoader classLoader) {
		return GENERATOR.generateDiagram(model, "png", highlightedActivities, highlightedFlows, fontName, fontName,
				fontName, classLoader, 1.0, true);
	}

	private static final class Generator extends DefaultProcessDiagramGenerator {

		@Override
		protected DefaultProcessDiagramCanvas generateProcessDiagram(BpmnModel model, String imageType,
				List<String> highLightedActivities, List<String> highLightedFlows, String activityFontName,
				String labelFontName, String annotationFontName, ClassLoader customClassLoader, double scaleFactor,
				boolean drawSequenceFlowNameWithNoLabelDI) {
			Map<Event, String> eventNames = new HashMap<>();
			for (Event event : model.getMainProcess().findFlowElementsOfType(Event.class, true)) {
				if (event.getName() != null) {
					eventNames.put(event, event.getName());
					event.setName(null);
				}
			}
			try {
				DefaultProcessDiagramCanvas canvas = super.generateProcessDiagram(model, imageType,
						highLightedActivities, highLightedFlows, activityFontName, labelFontName, annotationFontName,
						customClassLoader, scaleFactor, drawSequenceFlowNameWithNoLabelDI);
				eventNames.forEach(Event::setName);
				drawLabels(model, model.getMainProcess(), canvas);
				return canvas;
			}
			finally {
				eventNames.forEach(Event::setName);
			}
		}

		private void drawLabels(BpmnModel model, FlowElementsContainer container, DefaultProcessDiagramCanvas canvas) {
			for (FlowElement element : container.getFlowElements()) {
				GraphicInfo label = model.getLabelGraphicInfo(element.getId());
				if ((element instanceof Event || element instanceof Gateway) && element.getName() != null
						&& label != null) {
					canvas.drawLabel(element.getName(), label, true);
				}
				if (element instanceof FlowElementsContainer nested) {
					drawLabels(model, nested, canvas);
				}
			}
		}

	}

}
