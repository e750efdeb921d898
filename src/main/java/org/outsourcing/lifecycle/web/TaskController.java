package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableIllegalStateException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.FormView;
import org.outsourcing.lifecycle.forms.TaskAlreadyCompletedException;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.forms.TaskForms.OpenTask;
import org.outsourcing.lifecycle.security.ContractorVisibleVariables;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.security.ProcessVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page: its form with the right input per field type, the outcomes as buttons,
 * the server's errors next to the fields with the typed values kept, the engagement's
 * context the user may see, and the engagement's comment thread. A task that someone else
 * completed meanwhile says so.
 */
@Controller
class TaskController {

	/** The one thread a task's page shows: its engagement's. */
	private static final String THREAD = "engagement";

	private static final String NOTHING_SAVED = "Nothing you entered was saved.";

	private final TaskService tasks;

	private final HistoryService history;

	private final TaskForms forms;

	private final Inbox inbox;

	private final ProcessVisibility visibility;

	private final ContractorVisibleVariables contractorVisible;

	private final ProcessNames names;

	private final EngagementContext context;

	private final EngineTime time;

	private final CommentThreads threads;

	TaskController(TaskService tasks, HistoryService history, TaskForms forms, Inbox inbox,
			ProcessVisibility visibility, ContractorVisibleVariables contractorVisible, ProcessNames names,
			EngagementContext context, EngineTime time, CommentThreads threads) {
		this.tasks = tasks;
		this.history = history;
		this.forms = forms;
		this.inbox = inbox;
		this.visibility = visibility;
		this.contractorVisible = contractorVisible;
		this.names = names;
		this.context = context;
		this.time = time;
		this.threads = threads;
	}

	@GetMapping("/tasks/{taskId}")
	String show(@PathVariable String taskId, Model model, HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		OpenTask open = open(taskId);
		if (open == null) {
			return closed(taskId, user, null, model, response);
		}
		FormView form = this.forms.taskForm(open);
		return page(open.task(), user, form, form.values(), List.of(), model);
	}

	@PostMapping("/tasks/{taskId}")
	String complete(@PathVariable String taskId, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		OpenTask open = open(taskId);
		if (open == null) {
			return closed(taskId, user, NOTHING_SAVED, model, response);
		}
		Task task = open.task();
		FormView form = this.forms.taskForm(open);
		Map<String, Object> typed = withContext(form, SubmittedValues.typed(form, params));
		if (!this.inbox.holds(user, taskId)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem",
					(task.getAssignee() != null)
							? "This task is with " + task.getAssignee() + "; only they can complete it."
							: "You cannot complete this task.");
			return page(task, user, form, typed, List.of(), model);
		}
		Map<String, Object> values = SubmittedValues.of(form, params, visibleFields(user, task));
		try {
			this.forms.complete(open, values, params.get(FormPage.OUTCOME), user.id());
		}
		catch (FormValidationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "Some entries need a correction; nothing was saved yet.");
			return page(task, user, form, typed, ex.errors(), model);
		}
		catch (FlowableIllegalArgumentException | FlowableIllegalStateException ex) {
			// a rule of the step after the task that names no field of the form
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "This cannot be done as entered; nothing was saved yet.");
			return page(task, user, form, typed, List.of(new FieldError(null, ex.getMessage())), model);
		}
		catch (TaskAlreadyCompletedException ex) {
			return closed(taskId, user, NOTHING_SAVED, model, response);
		}
		catch (FlowableTaskAlreadyClaimedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", ex.getTaskAssignee()
					+ " took this task a moment ago; only they can complete it now. Nothing was saved.");
			return page(task, user, form, typed, List.of(), model);
		}
		catch (FlowableOptimisticLockingException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem",
					"Someone changed this engagement at the same moment. Your entries are still here: send them again.");
			return page(task, user, form, typed, List.of(), model);
		}
		redirect.addFlashAttribute("notice", "Done: '" + task.getName() + "' is completed.");
		return "redirect:/";
	}

	/**
	 * A comment from the task's page goes into the engagement's thread, so it is there at
	 * the engagement's next task too; who may see the task and the engagement may write.
	 */
	@PostMapping("/tasks/{taskId}/comments")
	String comment(@PathVariable String taskId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "false") boolean forContractor, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			redirect.addFlashAttribute("problem", "The task was completed meanwhile; the comment was not added.");
			return "redirect:/tasks/" + taskId;
		}
		requireVisible(user, task);
		ProcessNames.Engagement engagement = engagementOf(task);
		if (engagement == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no engagement for task " + taskId);
		}
		this.threads.write(engagement.id(), user, text, forContractor, taskId, THREAD, redirect);
		return "redirect:/tasks/" + taskId + "#comments-" + THREAD;
	}

	private String page(Task task, CurrentUser user, FormView form, Map<String, ?> values, List<FieldError> errors,
			Model model) {
		ProcessNames.Engagement engagement = engagementOf(task);
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		model.addAttribute("task", task);
		model.addAttribute("due", due);
		model.addAttribute("overdue", due != null && due.isBefore(this.time.now()));
		model.addAttribute("created", (task.getCreateTime() != null) ? task.getCreateTime().toInstant() : null);
		model.addAttribute("stage", this.names.stage(task.getProcessDefinitionId()));
		model.addAttribute("engagement", engagement);
		model.addAttribute("form", FormPage.of(form, values, errors, visibleFields(user, task)));
		model.addAttribute("canAct", this.inbox.holds(user, task.getId()));
		model.addAttribute("facts",
				this.context.of((engagement != null) ? engagement.id() : null, user.isContractor()));
		model.addAttribute("thread", (engagement != null)
				? this.threads.of(engagement.id(), user, THREAD, "/tasks/" + task.getId() + "/comments") : null);
		return "task";
	}

	private ProcessNames.Engagement engagementOf(Task task) {
		return (task.getProcessInstanceId() != null)
				? this.names.engagementsOf(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()) : null;
	}

	/**
	 * A closed task: who completed it and when, instead of an error. Someone else's past
	 * task stays as invisible as a missing one.
	 */
	private String closed(String taskId, CurrentUser user, String lost, Model model, HttpServletResponse response) {
		HistoricTaskInstance closed = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		if (closed == null || !this.visibility.canSeeHistoricTask(user, taskId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no task " + taskId + " for you");
		}
		if (lost != null) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("closed", closed);
		model.addAttribute("endTime", closed.getEndTime().toInstant());
		model.addAttribute("byMe", user.id().equals(closed.getAssignee()));
		model.addAttribute("lost", lost);
		return "task-closed";
	}

	/**
	 * The open task, its visibility checked once for the whole request; {@code null} when
	 * it is closed now.
	 */
	private OpenTask open(String taskId) {
		try {
			return this.forms.open(taskId);
		}
		catch (TaskAlreadyCompletedException ex) {
			return null;
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no task " + taskId + " for you");
		}
	}

	private void requireVisible(CurrentUser user, Task task) {
		if (!this.visibility.canSeeTask(user, task.getId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no task " + task.getId() + " for you");
		}
	}

	/** A contractor sees their own inputs and what the forms share with contractors. */
	private Predicate<String> visibleFields(CurrentUser user, Task task) {
		if (!user.isContractor()) {
			return (field) -> true;
		}
		return FormPage.only(this.contractorVisible.atTask(task.getFormKey()));
	}

	/**
	 * What the user typed, with the read-only context the process holds: a page shown
	 * again after a refused submission keeps both.
	 */
	private static Map<String, Object> withContext(FormView form, Map<String, Object> typed) {
		Map<String, Object> shown = new java.util.LinkedHashMap<>(typed);
		form.fields()
			.stream()
			.filter(FormView.Field::readOnly)
			.forEach((field) -> shown.computeIfAbsent(field.id(), form.values()::get));
		return shown;
	}

}
