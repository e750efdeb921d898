package org.outsourcing.lifecycle.forms;

import java.util.Map;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's form API: a task's form and its completion, a process's start form and
 * its start. Errors: 400 with every field error, 404 unknown task or process, 409 a task
 * someone else completed or claimed first.
 */
@RestController
@RequestMapping("/api")
class FormController {

	private final TaskForms forms;

	FormController(TaskForms forms) {
		this.forms = forms;
	}

	@GetMapping("/tasks/{taskId}/form")
	FormView taskForm(@PathVariable String taskId) {
		return this.forms.taskForm(taskId);
	}

	@PostMapping("/tasks/{taskId}/complete")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void complete(@PathVariable String taskId, @RequestBody Submission submission) {
		this.forms.complete(taskId, submission.values(), submission.outcome(), CurrentUser.get().id());
	}

	@GetMapping("/processes/{processKey}/start-form")
	FormView startForm(@PathVariable String processKey) {
		return this.forms.startForm(processKey);
	}

	@PostMapping("/processes/{processKey}/start-form")
	@ResponseStatus(HttpStatus.CREATED)
	Started start(@PathVariable String processKey, @RequestBody Submission submission) {
		return new Started(
				this.forms.start(processKey, submission.values(), submission.outcome(), CurrentUser.get().id()));
	}

	/**
	 * What a user filled in: field id to value, and the chosen outcome if the form has
	 * any.
	 */
	record Submission(Map<String, Object> values, String outcome) {

	}

	record Started(String processInstanceId) {

	}

}
