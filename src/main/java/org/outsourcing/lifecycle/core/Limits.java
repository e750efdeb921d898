package org.outsourcing.lifecycle.core;

import java.util.Map;
import java.util.TreeMap;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.variable.VariableContainer;

import org.springframework.stereotype.Component;

/**
 * The bounds of the lifecycle's loops (how often an ad is reposted, how many recruitment
 * rounds, how many revisions of a trial task), with defaults from
 * {@code lifecycle.limits}; an engagement may set its own as a process variable of the
 * same name. Models read them as {@code ${limits.of(execution, 'maxReposts')}}.
 */
@Component("limits")
public class Limits {

	private final Map<String, Integer> defaults;

	public Limits(LifecycleProperties properties) {
		this.defaults = new TreeMap<>((properties.limits() != null) ? properties.limits() : Map.of());
	}

	/** Checks every limit the scope overrides. */
	public void requireValidOverrides(VariableContainer scope) {
		this.defaults.keySet().forEach((name) -> of(scope, name));
	}

	public int of(VariableContainer scope, String name) {
		Object override = scope.getVariable(name);
		if (override != null) {
			try {
				int value = Integer.parseInt(override.toString().trim());
				if (value >= 0) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new FlowableIllegalArgumentException(
					name + ": must be a whole number of 0 or more, was '" + override + "'");
		}
		Integer value = this.defaults.get(name);
		if (value == null) {
			throw new FlowableIllegalArgumentException(
					"No limit named '" + name + "'; known limits: " + String.join(", ", this.defaults.keySet()));
		}
		return value;
	}

}
