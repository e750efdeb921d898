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

}
