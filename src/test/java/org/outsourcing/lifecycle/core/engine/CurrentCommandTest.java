package org.outsourcing.lifecycle.core.engine;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CurrentCommand} inside real engine commands: an attribute lives as long as its
 * command, work left for the end runs when it closes, and the entities it loaded are
 * found in it. An upgrade that changes Flowable's command context fails here.
 */
@SpringBootTest
class CurrentCommandTest {

	@Autowired
	private ManagementService management;

	@Autowired
	private RepositoryService repository;

	@Test
	void anAttributeIsKeptForTheCommandOnly() {
		List<Object> first = this.management.executeCommand((context) -> {
			List<Object> kept = CurrentCommand.attribute("probe", ArrayList::new);
			kept.add("once");
			return CurrentCommand.attribute("probe", ArrayList::new);
		});
		assertThat(first).containsExactly("once");
		List<Object> next = this.management
			.executeCommand((context) -> CurrentCommand.attribute("probe", ArrayList::new));
		assertThat(next).isEmpty();
	}

	@Test
	void workLeftForTheEndRunsWhenTheCommandCloses() {
		List<String> done = new ArrayList<>();
		this.management.executeCommand((context) -> {
			CurrentCommand.beforeClosing(() -> done.add("at the end"));
			assertThat(done).isEmpty();
			return null;
		});
		assertThat(done).containsExactly("at the end");
	}

	@Test
	void theEntitiesTheCommandLoadedAreFoundInIt() {
		List<ProcessDefinition> cached = this.management.executeCommand((context) -> {
			assertThat(CurrentCommand.cached(ProcessDefinition.class)).isEmpty();
			this.repository.createProcessDefinitionQuery().processDefinitionKey("outsourcingEngagement").list();
			return CurrentCommand.cached(ProcessDefinition.class);
		});
		assertThat(cached).isNotEmpty().allMatch((definition) -> "outsourcingEngagement".equals(definition.getKey()));
	}

}
