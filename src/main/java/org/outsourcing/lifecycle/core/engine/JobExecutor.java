package org.outsourcing.lifecycle.core.engine;

import java.util.Optional;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;

/**
 * Whether this node runs the engine's timers and jobs. The engine configuration hands out
 * its executor only as the internal {@link AsyncExecutor}, which this adapter alone uses
 * ({@code HealthProbesTest} stops and starts the real executor and watches the answer
 * change).
 */
public final class JobExecutor {

	private JobExecutor() {
	}

	/** The running executor's lock owner (this node's name in job locks), else empty. */
	public static Optional<String> runningLockOwner(ProcessEngineConfiguration engine) {
		AsyncExecutor executor = engine.getAsyncExecutor();
		return (executor != null && executor.isActive()) ? Optional.of(String.valueOf(executor.getLockOwner()))
				: Optional.empty();
	}

}
