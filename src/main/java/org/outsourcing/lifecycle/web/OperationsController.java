package org.outsourcing.lifecycle.web;

import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page: failed and dead-letter jobs with their error, and a retry button. */
@Controller
class OperationsController {

	/** Waits that fire within this time are listed with the overdue ones. */
	static final Duration DUE_SOON = Duration.ofHours(24);

	private final Operations operations;

	private final EngagementWaits waits;

	private final StuckEngagements stuck;

	OperationsController(Operations operations, EngagementWaits waits, StuckEngagements stuck) {
		this.operations = operations;
		this.waits = waits;
		this.stuck = stuck;
	}

	@GetMapping("/operations")
	String show(Model model) {
		model.addAttribute("jobs", this.operations.failedJobs());
		model.addAttribute("waits", this.waits.dueWithin(DUE_SOON));
		model.addAttribute("stuck", this.stuck.stuck());
		model.addAttribute("waitingTasks", this.stuck.waitingTooLong());
		model.addAttribute("waitingAlert", this.stuck.waitingAlert().toDays() + " days");
		return "operations";
	}

	@PostMapping("/operations/jobs/{jobId}/retry")
	String retry(@PathVariable String jobId, RedirectAttributes redirect) {
		String retried = this.operations.retry(jobId);
		if (retried == null) {
			redirect.addFlashAttribute("problem", "Job " + jobId + " is gone: it ran or was deleted meanwhile.");
		}
		else {
			redirect.addFlashAttribute("notice", "'" + retried + "' will run again with " + Operations.RETRIES
					+ " tries; the retry is in the audit trail.");
		}
		return "redirect:/operations";
	}

}
