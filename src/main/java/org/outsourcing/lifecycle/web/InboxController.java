package org.outsourcing.lifecycle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox at {@code /}: the user's tasks, overdue first, filtered by stage, engagement
 * and text; claiming a task and giving it back.
 */
@Controller
class InboxController {

	private final Inbox inbox;

	private final TaskService tasks;

	private final MyApplications applications;

	InboxController(Inbox inbox, TaskService tasks, MyApplications applications) {
		this.inbox = inbox;
		this.tasks = tasks;
		this.applications = applications;
	}

	@GetMapping("/")
	String inbox(@RequestParam(required = false) String stage, @RequestParam(required = false) String engagement,
			@RequestParam(required = false) String q, Model model) {
		CurrentUser user = CurrentUser.get();
		List<InboxTask> all = this.inbox.of(user);
		model.addAttribute("applications", user.isContractor() ? this.applications.of(user.id()) : List.of());
		Map<String, String> stages = new LinkedHashMap<>();
		Map<String, String> engagements = new LinkedHashMap<>();
		all.forEach((task) -> {
			if (task.stageKey() != null) {
				stages.putIfAbsent(task.stageKey(), task.stageName());
			}
			if (task.engagementId() != null) {
				engagements.putIfAbsent(task.engagementId(), task.engagementTitle());
			}
		});
		List<InboxTask> shown = all.stream()
			.filter((task) -> blank(stage) || stage.equals(task.stageKey()))
			.filter((task) -> blank(engagement) || engagement.equals(task.engagementId()))
			.filter((task) -> task.matches(q))
			.toList();
		model.addAttribute("tasks", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("stages", stages);
		model.addAttribute("engagements", engagements);
		model.addAttribute("stage", stage);
		model.addAttribute("engagement", engagement);
		model.addAttribute("q", q);
		return "inbox";
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || !this.inbox.holds(user, taskId)) {
			redirect.addFlashAttribute("problem",
					"That task is no longer waiting for you; the list is up to date now.");
			return "redirect:/";
		}
		try {
			this.tasks.claim(taskId, user.id());
			redirect.addFlashAttribute("notice", "You took '" + task.getName() + "'.");
		}
		catch (FlowableTaskAlreadyClaimedException ex) {
			redirect.addFlashAttribute("problem",
					"'" + task.getName() + "' was taken by " + ex.getTaskAssignee() + " a moment ago.");
		}
		catch (FlowableObjectNotFoundException ex) {
			redirect.addFlashAttribute("problem", "'" + task.getName() + "' was completed meanwhile.");
		}
		return "redirect:/";
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		List<InboxTask> mine = this.inbox.of(user)
			.stream()
			.filter((task) -> task.id().equals(taskId) && task.mine() && task.releasable())
			.toList();
		if (mine.isEmpty()) {
			redirect.addFlashAttribute("problem", "You can give back only a task you took from a group.");
			return "redirect:/";
		}
		this.tasks.unclaim(taskId);
		redirect.addFlashAttribute("notice", "You gave back '" + mine.get(0).name() + "'; your group sees it again.");
		return "redirect:/";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
