package org.outsourcing.lifecycle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.security.PasswordLinks;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a one-time link opens: a new password, twice, under the password policy. A
 * link that was used or expired answers 410 and sets nothing; a refused password keeps
 * the link usable and says why at the field.
 */
@Controller
class PasswordController {

	static final String PASSWORD = "password";

	static final String CONFIRMATION = "passwordConfirmation";

	private final PasswordLinks links;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	PasswordController(PasswordLinks links, AuditTrail audit, TransactionTemplate transaction) {
		this.links = links;
		this.audit = audit;
		this.transaction = transaction;
	}

	@GetMapping(PasswordLinks.PAGE)
	String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (this.links.userOf(token).isEmpty()) {
			return invalid(model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", Map.of());
		return "password";
	}

	@PostMapping(PasswordLinks.PAGE)
	String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Model model, HttpServletResponse response) {
		if (this.links.userOf(token).isEmpty()) {
			return invalid(model, response);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (password != null && !password.equals(passwordConfirmation)) {
			errors.put(CONFIRMATION, "Repeat the password: the two entries differ");
		}
		String userId = null;
		if (errors.isEmpty()) {
			try {
				userId = this.transaction.execute((status) -> setAndRecord(token, password));
			}
			catch (PasswordLinks.RefusedPasswordException ex) {
				errors.put(PASSWORD, "Password: " + String.join("; ", reasons(ex.problems())));
			}
			catch (PasswordLinks.InvalidLinkException ex) {
				return invalid(model, response);
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", token);
			model.addAttribute("errors", errors);
			return "password";
		}
		return "redirect:/login?passwordSet";
	}

	/** The password and its audit entry, in one transaction. */
	private String setAndRecord(String token, String password) {
		String userId = this.links.setPassword(token, password);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("userId", userId);
		details.put("via", "one-time link");
		this.audit.record(AuditEvent.of(null, AuditEntryType.PASSWORD_SET, userId, null, details));
		return userId;
	}

	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("invalid", true);
		model.addAttribute("errors", Map.of());
		return "password";
	}

	/**
	 * "must be at least 12 characters" for "password: must be at least 12 characters".
	 */
	private static List<String> reasons(List<String> problems) {
		return problems.stream().map((problem) -> problem.replaceFirst("^password: ", "")).toList();
	}

}
