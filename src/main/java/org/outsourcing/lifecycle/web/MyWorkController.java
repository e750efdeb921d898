package org.outsourcing.lifecycle.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My work": a contractor's signed contracts, their invoices ({@link MyWork}) and each
 * engagement's comment thread as far as it is theirs.
 */
@Controller
class MyWorkController {

	private final MyWork work;

	private final CommentThreads threads;

	MyWorkController(MyWork work, CommentThreads threads) {
		this.work = work;
		this.threads = threads;
	}

	@GetMapping("/my/work")
	String myWork(Model model) {
		CurrentUser user = CurrentUser.get();
		List<MyWork.Work> work = this.work.of(user.id());
		Map<String, CommentThread> threads = new HashMap<>();
		for (MyWork.Work item : work) {
			CommentThread thread = this.threads.of(item.engagementId(), user, item.engagementId(),
					"/my/work/" + item.engagementId() + "/comments");
			if (thread != null) {
				threads.put(item.engagementId(), thread);
			}
		}
		model.addAttribute("work", work);
		model.addAttribute("threads", threads);
		return "my-work";
	}

	/** The contractor writes to the company in the engagement's thread. */
	@PostMapping("/my/work/{engagementId}/comments")
	String comment(@PathVariable String engagementId, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		this.threads.write(engagementId, CurrentUser.get(), text, false, null, engagementId, redirect);
		return "redirect:/my/work#comments-" + engagementId;
	}

}
