package org.outsourcing.lifecycle.web;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.outsourcing.lifecycle.engagement.EngagementWithdrawals;
import org.outsourcing.lifecycle.retainer.RetainerNotices;
import org.outsourcing.lifecycle.retainer.Retainers;
import org.outsourcing.lifecycle.core.CurrentUser;

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
 * Notice on a running retainer from the pages, as {@code POST
 * /api/engagements/{id}/notice} gives it through the API: the owner on the engagement's
 * page (for the company, or recording the contractor's notice), the contractor on their
 * own retainers' page. Either way the retainer's model records it and offboarding
 * follows.
 */
@Controller
class NoticePageController {

	private final RetainerNotices notices;

	private final Retainers retainers;

	NoticePageController(RetainerNotices notices, Retainers retainers) {
		this.notices = notices;
		this.retainers = retainers;
	}

	@PostMapping("/engagements/{engagementId}/notice")
	String giveNotice(@PathVariable String engagementId, @RequestParam(defaultValue = "") String givenBy,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (!CurrentUser.get().isIn(EngagementWithdrawals.OWNER_GROUP)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an owner gives notice for the company");
		}
		return give(engagementId, givenBy, reason, redirect, "/engagements/" + engagementId);
	}

	@GetMapping("/retainers")
	String myRetainers(Model model) {
		model.addAttribute("retainers", this.retainers.activeFor(CurrentUser.get().id()));
		return "retainers";
	}

	/**
	 * The contractor's own notice; another contractor's engagement is unknown to them.
	 */
	@PostMapping("/retainers/{engagementId}/notice")
	String giveMyNotice(@PathVariable String engagementId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		boolean own = this.retainers.active(engagementId)
			.map((retainer) -> retainer.contractorUserId().equals(CurrentUser.get().id()))
			.orElse(false);
		if (!own) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no running retainer there");
		}
		return give(engagementId, "contractor", reason, redirect, "/retainers");
	}

	private String give(String engagementId, String givenBy, String reason, RedirectAttributes redirect, String page) {
		try {
			this.notices.give(engagementId, givenBy, reason);
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (FlowableIllegalArgumentException ex) {
			boolean aboutSide = ex.getMessage().startsWith("givenBy: ");
			redirect.addFlashAttribute("noticeError",
					new NoticeError(engagementId, aboutSide ? "givenBy" : "reason",
							(aboutSide ? "Who gives notice: " : "Reason for the notice: ")
									+ ex.getMessage().replaceFirst("^\\w+: ", "")));
			redirect.addFlashAttribute("noticeReason", reason);
			return "redirect:" + page + "#notice-" + engagementId;
		}
		catch (FlowableConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:" + page;
		}
		redirect.addFlashAttribute("notice",
				"Notice is given: the retainer has ended, offboarding has started and the other side is told.");
		return "redirect:" + page;
	}

	/** A refused notice, shown at its field. */
	record NoticeError(String engagementId, String field, String message) {
	}

}
