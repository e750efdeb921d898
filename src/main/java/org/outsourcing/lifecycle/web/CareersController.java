package org.outsourcing.lifecycle.web;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.FormView;
import org.outsourcing.lifecycle.recruitment.AlreadyAppliedException;
import org.outsourcing.lifecycle.recruitment.ApplicationForm;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public careers page: the open ads, anyone may read them and apply without an
 * account, or as themselves when signed in ({@code forms/apply.form}, CSRF like every
 * form of the UI, a rate limit per client address, a size limit on the request). An ad
 * whose window closed is gone.
 */
@Controller
class CareersController {

	private final Careers careers;

	private final ApplicationForm applicationForm;

	private final PublicApplications applications;

	private final ApplicationRateLimit rateLimit;

	CareersController(Careers careers, ApplicationForm applicationForm, PublicApplications applications,
			ApplicationRateLimit rateLimit) {
		this.careers = careers;
		this.applicationForm = applicationForm;
		this.applications = applications;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/careers")
	String list(Model model) {
		model.addAttribute("ads", this.careers.open());
		return "careers";
	}

	@GetMapping("/careers/{engagementId}")
	String ad(@PathVariable String engagementId, Model model) {
		return page(ad(engagementId), Map.of(), List.of(), model);
	}

	@PostMapping("/careers/{engagementId}/apply")
	String apply(@PathVariable String engagementId, @RequestParam Map<String, String> params, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		CareerAd ad = ad(engagementId);
		FormView form = form();
		OptionalLong retryAfter = this.rateLimit.take(request.getRemoteAddr());
		if (retryAfter.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
			model.addAttribute("problem", "Too many applications from your address; please try again in "
					+ minutes(retryAfter.getAsLong()) + ". Nothing was sent.");
			return page(ad, SubmittedValues.typed(form, params), List.of(), model);
		}
		Authentication visitor = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = visitor != null && visitor.isAuthenticated()
				&& !(visitor instanceof AnonymousAuthenticationToken) && CurrentUser.of(visitor).isMember();
		try {
			if (signedIn) {
				this.applications.applyAs(visitor.getName(), engagementId,
						SubmittedValues.of(form, params, (field) -> true));
				redirect.addFlashAttribute("notice", "Your application for '" + ad.headline() + "' is recorded.");
				return "redirect:/";
			}
			this.applications.apply(engagementId, SubmittedValues.of(form, params, (field) -> true));
		}
		catch (AlreadyAppliedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "You have already applied for this position.");
			return page(ad, SubmittedValues.typed(form, params), List.of(), model);
		}
		catch (FormValidationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "Some entries need a correction; nothing was sent yet.");
			return page(ad, SubmittedValues.typed(form, params), ex.errors(), model);
		}
		catch (FlowableObjectNotFoundException ex) {
			throw closed(engagementId);
		}
		return "redirect:/careers/" + engagementId + "/applied";
	}

	@GetMapping("/careers/{engagementId}/applied")
	String applied(@PathVariable String engagementId, Model model) {
		model.addAttribute("engagementId", engagementId);
		return "careers-applied";
	}

	private CareerAd ad(String engagementId) {
		return this.careers.open(engagementId).orElseThrow(() -> closed(engagementId));
	}

	private String page(CareerAd ad, Map<String, ?> values, List<FieldError> errors, Model model) {
		model.addAttribute("ad", ad);
		model.addAttribute("form", FormPage.of(form(), values, errors, (field) -> true));
		return "careers-ad";
	}

	private FormView form() {
		return FormView.blank(this.applicationForm.definition());
	}

	private static ResponseStatusException closed(String engagementId) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"There is no open ad " + engagementId + ": its application window may have closed");
	}

	private static String minutes(long seconds) {
		long minutes = Math.max(1, (seconds + 59) / 60);
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
