package org.outsourcing.lifecycle.core;

import java.time.Instant;

import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" for records the product writes. It reads the engine's clock, so
 * that a test which moves the engine clock to fire a deadline sees records stamped at
 * that moment too.
 */
@Component
public class EngineTime {

	private final ProcessEngineConfiguration engineConfiguration;

	public EngineTime(ProcessEngineConfiguration engineConfiguration) {
		this.engineConfiguration = engineConfiguration;
	}

	public Instant now() {
		return this.engineConfiguration.getClock().getCurrentTime().toInstant();
	}

}
