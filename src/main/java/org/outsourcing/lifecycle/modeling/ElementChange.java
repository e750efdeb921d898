package org.outsourcing.lifecycle.modeling;

/**
 * One difference between two versions of a process: an element added, removed or changed,
 * with what changed in words ("name: 'Write ad' → 'Write job ad'").
 */
public record ElementChange(Kind kind, String elementId, String type, String description) {

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

}
