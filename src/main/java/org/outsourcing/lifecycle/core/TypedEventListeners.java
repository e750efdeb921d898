package org.outsourcing.lifecycle.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;

/**
 * Adds a listener to the engine for some event types, keeping the listeners other
 * configurers registered before.
 */
public final class TypedEventListeners {

	private TypedEventListeners() {
	}

	public static void add(SpringProcessEngineConfiguration configuration, FlowableEventListener listener,
			List<FlowableEngineEventType> types) {
		Map<String, List<FlowableEventListener>> typed = new HashMap<>();
		if (configuration.getTypedEventListeners() != null) {
			configuration.getTypedEventListeners()
				.forEach((type, listeners) -> typed.put(type, new ArrayList<>(listeners)));
		}
		types.forEach((type) -> typed.computeIfAbsent(type.name(), (name) -> new ArrayList<>()).add(listener));
		configuration.setTypedEventListeners(typed);
	}

}
