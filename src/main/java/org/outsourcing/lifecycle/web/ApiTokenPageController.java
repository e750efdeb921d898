package org.outsourcing.lifecycle.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.security.ApiToken;
import org.outsourcing.lifecycle.security.ApiTokenProperties;
import org.outsourcing.lifecycle.security.ApiTokenStatus;
import org.outsourcing.lifecycle.security.ApiTokens;
import org.outsourcing.lifecycle.security.ApiTokens.CreatedApiToken;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tokens}: every user's personal API tokens; create one (its value is shown on
 * the answer to the creation, once, and is never kept in the session), revoke one. Admins
 * also see and revoke everyone's.
 */
@Controller
class ApiTokenPageController {

	private final ApiTokens tokens;

	private final ApiTokenProperties properties;

	private final EngineTime time;

	ApiTokenPageController(ApiTokens tokens, ApiTokenProperties properties, EngineTime time) {
		this.tokens = tokens;
		this.properties = properties;
		this.time = time;
	}

	@GetMapping("/tokens")
	String show(Model model) {
		return page(model, "", null);
	}

	@PostMapping("/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String expiresOn,
			Model model, HttpServletResponse response) {
		LocalDate lastDay;
		try {
			lastDay = expiresOn.isBlank() ? null : LocalDate.parse(expiresOn.strip());
		}
		catch (DateTimeParseException ex) {
			return refused(model, response, name, "expiresOn: use a date like 2027-01-31");
		}
		try {
			CreatedApiToken created = this.tokens.create(CurrentUser.get().id(), name, lastDay);
			model.addAttribute("created", created.token());
			model.addAttribute("createdValue", created.value());
			model.addAttribute("notice",
					"Token '" + created.token().name() + "' created. Copy it now: it is shown only this once.");
			return page(model, "", null);
		}
		catch (FlowableIllegalArgumentException ex) {
			return refused(model, response, name, ex.getMessage());
		}
	}

	@PostMapping("/tokens/{tokenId}/revoke")
	String revoke(@PathVariable String tokenId, RedirectAttributes redirect) {
		try {
			ApiToken revoked = this.tokens.revoke(tokenId, CurrentUser.get());
			redirect.addFlashAttribute("notice",
					"Token '" + revoked.name() + "' of " + revoked.userId() + " is revoked: it no longer works.");
		}
		catch (FlowableObjectNotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/tokens";
	}

	private String refused(Model model, HttpServletResponse response, String name, String problem) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problem", problem);
		return page(model, name, problem);
	}

	private String page(Model model, String name, String problem) {
		CurrentUser user = CurrentUser.get();
		Instant now = this.time.now();
		model.addAttribute("mine", rows(this.tokens.of(user.id()), now));
		model.addAttribute("everyones", user.isAdmin() ? rows(this.tokens.all(), now) : List.of());
		model.addAttribute("name", name);
		model.addAttribute("nameError", (problem != null && problem.contains("name:")) ? problem : null);
		model.addAttribute("expiresOnError", (problem != null && problem.contains("expiresOn:")) ? problem : null);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		model.addAttribute("defaultExpiry", today.plus(this.properties.defaultLifetime()));
		model.addAttribute("latestExpiry", today.plus(this.properties.maxLifetime()));
		return "tokens";
	}

	private static List<TokenRow> rows(List<ApiToken> tokens, Instant now) {
		return tokens.stream().map((token) -> new TokenRow(token, ApiTokenStatus.of(token, now))).toList();
	}

	/** A token and whether it still works, for the page. */
	public record TokenRow(ApiToken token, ApiTokenStatus status) {

		public boolean active() {
			return this.status == ApiTokenStatus.ACTIVE;
		}

	}

}
