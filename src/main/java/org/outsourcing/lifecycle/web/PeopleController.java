package org.outsourcing.lifecycle.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.Groups;

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
 * Admins manage people at {@code /operations/users} (admin only, like every operations
 * page; CSRF like every form): the list with groups and lockouts, a new user, a password
 * link, unlocking.
 */
@Controller
class PeopleController {

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@GetMapping("/operations/users")
	String list(Model model) {
		model.addAttribute("people", this.people.all());
		model.addAttribute("groups", Groups.ALL);
		return "users";
	}

	@PostMapping("/operations/users")
	String create(@RequestParam(required = false) String id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) List<String> groups,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.people.create(id, name, email, groups);
		}
		catch (FlowableIllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessage());
			return list(model);
		}
		redirect.addFlashAttribute("notice", "User " + id.strip() + " is created; a link to set the password is on "
				+ "its way to " + email.strip() + ".");
		return "redirect:/operations/users";
	}

	@PostMapping("/operations/users/{userId}/password-link")
	String passwordLink(@PathVariable String userId, RedirectAttributes redirect) {
		try {
			this.people.sendPasswordLink(userId);
			redirect.addFlashAttribute("notice", "A link to set a new password is on its way to " + userId + ".");
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (FlowableIllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operations/users";
	}

	@PostMapping("/operations/users/{userId}/unlock")
	String unlock(@PathVariable String userId, RedirectAttributes redirect) {
		try {
			this.people.unlock(userId);
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		redirect.addFlashAttribute("notice", userId + " may sign in again now.");
		return "redirect:/operations/users";
	}

}
