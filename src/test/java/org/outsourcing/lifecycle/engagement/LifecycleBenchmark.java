package org.outsourcing.lifecycle.engagement;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How fast and how big: runs whole engagements, from the owner's request through
 * recruitment (two applicants), contract, trial and offboarding to the archive, in the
 * embedded engine with its real delegates, forms validation and audit trail, and prints
 * the figures. Run {@code mvn -Pbenchmark test} ({@code -Dbenchmark.engagements=200} for
 * more). Not part of {@code mvn verify}: figures are for reading, not for asserting.
 */
@SpringBootTest
class LifecycleBenchmark {

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	Engagements engagements;

	@Test
	void wholeEngagements() {
		int count = Integer.getInteger("benchmark.engagements", 50);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		runOne();
		this.engine.resetClock();
		long tasksBefore = this.history.createHistoricTaskInstanceQuery().finished().count();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		List<Long> millis = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long one = System.nanoTime();
			runOne();
			millis.add((System.nanoTime() - one) / 1_000_000);
			this.engine.resetClock();
		}
		long elapsed = System.nanoTime() - start;
		long tasksCompleted = this.history.createHistoricTaskInstanceQuery().finished().count() - tasksBefore;
		System.gc();
		long heapAfter = memory.getHeapMemoryUsage().getUsed();
		Collections.sort(millis);
		double seconds = elapsed / 1e9;
		System.out.printf("%nLifecycle benchmark: %d engagements, define to archive, H2 in memory%n", count);
		System.out.printf("  total            %8.1f s%n", seconds);
		System.out.printf("  per engagement   median %d ms, p90 %d ms, max %d ms%n", millis.get(millis.size() / 2),
				millis.get((int) Math.ceil(millis.size() * 0.9) - 1), millis.get(millis.size() - 1));
		System.out.printf("  engagements/s    %8.2f%n", count / seconds);
		System.out.printf("  tasks completed  %8d (%.1f per second)%n", tasksCompleted, tasksCompleted / seconds);
		System.out.printf("  heap after GC    %8.1f MiB before, %.1f MiB after (%.1f KiB per engagement kept)%n%n",
				heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1024.0 / count);
	}

	private void runOne() {
		String id = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(id, "contractor");
		this.lifecycle.trial(id, "contractor", "reject");
		this.lifecycle.offboard(id, "contractor");
		if (this.engagements.find(id).orElseThrow().status() != EngagementStatus.ARCHIVED) {
			throw new IllegalStateException("Engagement " + id + " did not reach the archive");
		}
	}

}
