package org.outsourcing.lifecycle.modeling;

/**
 * One broken rule: in which file, at which element (the BPMN id; {@code null} for the
 * file as a whole), and what to change.
 */
public record ModelProblem(String resource, String elementId, String message) {

	@Override
	public String toString() {
		return this.resource + ((this.elementId != null) ? ", " + this.elementId : "") + ": " + this.message;
	}

}
