package org.outsourcing.lifecycle.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form login page; Spring Security handles the POST to {@code /login}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * Signing out is a POST (a link on another site must not sign anyone out); someone
	 * who types the address or follows a bookmark gets a page with the button instead of
	 * a 404.
	 */
	@GetMapping("/logout")
	String logout() {
		return "logout";
	}

}
