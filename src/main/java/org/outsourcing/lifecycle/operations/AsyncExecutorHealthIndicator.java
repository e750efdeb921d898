package org.outsourcing.lifecycle.operations;

import java.util.Optional;

import org.flowable.engine.ProcessEngineConfiguration;
import org.outsourcing.lifecycle.core.engine.JobExecutor;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code asyncExecutor} in {@code /actuator/health} and both probe groups: the engine's
 * job executor, which fires every deadline and runs every job. A node whose executor
 * should run but has stopped lets deadlines pass unseen; a node configured without one
 * (the tests, which run jobs themselves) is not at fault.
 */
@Component("asyncExecutor")
class AsyncExecutorHealthIndicator extends AbstractHealthIndicator {

	private final ProcessEngineConfiguration engine;

	AsyncExecutorHealthIndicator(ProcessEngineConfiguration engine) {
		super("Async executor check failed");
		this.engine = engine;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Optional<String> lockOwner = JobExecutor.runningLockOwner(this.engine);
		if (!this.engine.isAsyncExecutorActivate()) {
			builder.up().withDetail("executor", "not activated (flowable.async-executor-activate=false)");
		}
		else if (lockOwner.isPresent()) {
			builder.up().withDetail("lockOwner", lockOwner.get());
		}
		else {
			builder.down().withDetail("executor", "stopped: timers and jobs are not run on this node");
		}
	}

}
