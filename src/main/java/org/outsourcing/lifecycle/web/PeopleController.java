package org.outsourcing.lifecycle.web;

import java.util.List;
import java.util.function.Supplier;

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

	@GetMapping("/operations/users/{userId}")
	String person(@PathVariable String userId, Model model) {
		model.addAttribute("person", found(() -> this.people.find(userId)));
		model.addAttribute("groups", Groups.ALL);
		return "user";
	}

	/** Name and e-mail; a bad value stays on the page with its reason (400). */
	@PostMapping("/operations/users/{userId}")
	String update(@PathVariable String userId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			found(() -> {
				this.people.update(userId, name, email);
				return null;
			});
		}
		catch (FlowableIllegalArgumentException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("typedName", name);
			model.addAttribute("typedEmail", email);
			return person(userId, model);
		}
		redirect.addFlashAttribute("notice", userId + "'s name and e-mail are saved.");
		return "redirect:/operations/users/" + userId;
	}

	@PostMapping("/operations/users/{userId}/disable")
	String disable(@PathVariable String userId, RedirectAttributes redirect) {
		return change(userId, () -> this.people.setDisabled(userId, true),
				userId + " is disabled: no sign-in by password or API token until enabled again.", redirect);
	}

	@PostMapping("/operations/users/{userId}/enable")
	String enable(@PathVariable String userId, RedirectAttributes redirect) {
		return change(userId, () -> this.people.setDisabled(userId, false), userId + " may sign in again.", redirect);
	}

	@PostMapping("/operations/users/{userId}/groups")
	String addToGroup(@PathVariable String userId, @RequestParam(required = false) String group,
			RedirectAttributes redirect) {
		return change(userId, () -> this.people.setMembership(userId, group, true),
				userId + " is in group " + group + " now.", redirect);
	}

	@PostMapping("/operations/users/{userId}/groups/{group}/remove")
	String removeFromGroup(@PathVariable String userId, @PathVariable String group, RedirectAttributes redirect) {
		return change(userId, () -> this.people.setMembership(userId, group, false),
				userId + " is no longer in group " + group + ".", redirect);
	}

	private String change(String userId, Runnable change, String done, RedirectAttributes redirect) {
		try {
			found(() -> {
				change.run();
				return null;
			});
			redirect.addFlashAttribute("notice", done);
		}
		catch (FlowableIllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operations/users/" + userId;
	}

	/** An unknown user is the page's 404. */
	private static <T> T found(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
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
