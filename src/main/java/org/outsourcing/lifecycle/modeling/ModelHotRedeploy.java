package org.outsourcing.lifecycle.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Development only: when a file in the working copy's {@code processes/} or
 * {@code forms/} changes, the models and forms of both folders are checked and deployed
 * again, without a restart. Changes are gathered for {@code debounce} (an editor saves in
 * several writes) and deployed as one deployment named {@value #DEPLOYMENT_NAME} with
 * duplicate filtering, so saving an unchanged file deploys nothing. The deployment goes
 * through the {@link ModelRules} like every other: a model that breaks them is logged
 * with each problem and nothing is deployed. Switched on by
 * {@link ModelHotRedeployConfiguration}.
 */
class ModelHotRedeploy implements SmartLifecycle {

	static final String DEPLOYMENT_NAME = "HotRedeploy (processes/, forms/)";

	private static final Logger log = LoggerFactory.getLogger(ModelHotRedeploy.class);

	private final RepositoryService repository;

	private final List<Path> folders;

	private final Duration debounce;

	private final AtomicLong attempts = new AtomicLong();

	private volatile List<ModelProblem> lastProblems = List.of();

	private ScheduledExecutorService scheduler;

	private ScheduledFuture<?> pending;

	private WatchService watcher;

	private Thread watching;

	/** {@code root}: the working copy, holding {@code processes/} and {@code forms/}. */
	ModelHotRedeploy(RepositoryService repository, Path root, Duration debounce) {
		this.repository = repository;
		this.folders = Stream.of("processes", "forms").map(root::resolve).filter(Files::isDirectory).toList();
		this.debounce = debounce;
	}

	@Override
	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		if (this.folders.isEmpty()) {
			log.info("Hot redeploy is on but there is no processes/ or forms/ folder to watch");
			return;
		}
		try {
			this.watcher = FileSystems.getDefault().newWatchService();
			for (Path folder : this.folders) {
				folder.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "model-hot-redeploy"));
		this.watching = daemon(this::watch, "model-file-watcher");
		this.watching.start();
		log.info("Hot redeploy: a changed model or form in {} is checked and deployed without a restart", this.folders);
	}

	@Override
	public synchronized void stop() {
		if (!isRunning()) {
			return;
		}
		try {
			this.watcher.close();
		}
		catch (IOException ex) {
			log.debug("Closing the file watcher failed", ex);
		}
		this.scheduler.shutdownNow();
		this.watching = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.watching != null;
	}

	/** How many times the folders were deployed (or refused) since start. */
	long attempts() {
		return this.attempts.get();
	}

	/** The problems that refused the last attempt; empty when it deployed. */
	List<ModelProblem> lastProblems() {
		return this.lastProblems;
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = this.watcher.take();
				boolean relevant = key.pollEvents()
					.stream()
					.map((event) -> String.valueOf(event.context()))
					.anyMatch(ModelHotRedeploy::isModelOrForm);
				key.reset();
				if (relevant) {
					schedule();
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			// stopped
		}
	}

	private synchronized void schedule() {
		if (this.pending != null) {
			this.pending.cancel(false);
		}
		this.pending = this.scheduler.schedule(this::redeploy, this.debounce.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void redeploy() {
		try {
			DeploymentBuilder deployment = this.repository.createDeployment()
				.name(DEPLOYMENT_NAME)
				.enableDuplicateFiltering();
			files().forEach(deployment::addBytes);
			Deployment deployed = deployment.deploy();
			this.lastProblems = List.of();
			log.info("Hot redeploy: deployment {} holds the models and forms of {}", deployed.getId(), this.folders);
		}
		catch (ModelValidationException ex) {
			this.lastProblems = ex.problems();
			log.warn("Hot redeploy: nothing deployed, the models break {} rule(s):\n  {}", ex.problems().size(),
					String.join("\n  ", ex.problems().stream().map(ModelProblem::toString).toList()));
		}
		catch (FlowableException | UncheckedIOException ex) {
			this.lastProblems = List.of(new ModelProblem(String.valueOf(this.folders), null, ex.getMessage()));
			log.warn("Hot redeploy: nothing deployed: {}", ex.getMessage());
		}
		finally {
			this.attempts.incrementAndGet();
		}
	}

	/** Every model and form of the folders, named by its path in the repository. */
	private Map<String, byte[]> files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Path folder : this.folders) {
			try (Stream<Path> paths = Files.list(folder)) {
				for (Path path : paths.sorted().toList()) {
					String name = path.getFileName().toString();
					if (Files.isRegularFile(path) && isModelOrForm(name)) {
						files.put(folder.getFileName() + "/" + name, Files.readAllBytes(path));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	private static boolean isModelOrForm(String name) {
		return ModelResources.isBpmn(name) || ModelResources.isDmn(name) || ModelResources.isForm(name);
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
