package org.outsourcing.lifecycle.forms;

import java.util.Map;

import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the form validation relies on inside Flowable: the protected fields of its task
 * and form commands. A Flowable upgrade that renames or retypes one fails here first.
 */
class CommandFieldsTest {

	@Test
	void everyFieldTheInterceptorsReadExists() {
		assertThatCode(FormCommandInterceptor::requireCommandFields).doesNotThrowAnyException();
	}

	@Test
	void theFieldsHoldTheCommandsArguments() {
		CompleteTaskCmd complete = new CompleteTaskCmd("task-1", Map.of("qualified", true));
		assertThat(CommandFields.string(complete, "taskId")).isEqualTo("task-1");
		assertThat(CommandFields.<Object>map(complete, "variables")).containsEntry("qualified", true);
		SubmitTaskFormCmd submit = new SubmitTaskFormCmd("task-2", Map.of("note", "x"), true);
		assertThat(CommandFields.bool(submit, "completeTask")).isTrue();
		assertThat(CommandFields.<String>map(submit, "properties")).containsEntry("note", "x");
	}

	@Test
	void aMissingFieldIsNamed() {
		assertThatThrownBy(() -> CommandFields.require(CompleteTaskCmd.class, "renamedInANewVersion"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("renamedInANewVersion");
	}

}
