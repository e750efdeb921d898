package org.outsourcing.lifecycle.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients at work, {@code kill -9} at a random moment, restart on the same database,
 * check: as many times as asked. Just before each kill an application window of three
 * seconds is opened, so that it closes while the application is down; after the restart
 * it must have closed exactly once.
 */
final class KillCycles {

	private static final Logger log = LoggerFactory.getLogger(KillCycles.class);

	private static final int CLIENTS = 3;

	private static final Random random = new Random();

	private KillCycles() {
	}

	/** Returns the application as restarted after the last kill, checked. */
	static ApplicationProcess run(Path directory, int kills, Acknowledged acknowledged, String... arguments)
			throws InterruptedException {
		ApplicationProcess application = ApplicationProcess.start(directory, "start-0", arguments);
		try {
			for (int kill = 1; kill <= kills; kill++) {
				Workload workload = Workload.start(application, CLIENTS, acknowledged);
				workload.awaitAcknowledged(3);
				Thread.sleep(random.nextInt(1500));
				WindowClosingSoon window = WindowClosingSoon.open(application, Duration.ofSeconds(3), "Newsletter");
				application.kill();
				workload.join();

				application = ApplicationProcess.start(directory, "start-" + kill, arguments);
				assertThat(window.due).as("the window closed while the application was down")
					.isBefore(application.ready());
				Survivors.Found found = Survivors.check(application, acknowledged);
				log.info(
						"kill -9 #{}: {} operations acknowledged so far ({} engagements, {} ads published, {} "
								+ "applications), all there after the restart, none half done; {} engagements in the "
								+ "database",
						kill, acknowledged.operations(), acknowledged.engagements.size(),
						acknowledged.completions.size(), acknowledged.applications.size(), found.engagements());
				window.closedOnce(application);
			}
		}
		catch (RuntimeException | Error | InterruptedException ex) {
			// a failed check must not leave the application running after the test
			application.kill();
			throw ex;
		}
		return application;
	}

}
