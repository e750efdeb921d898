package org.outsourcing.lifecycle.web;

import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": a contractor's signed contracts and their invoices ({@link MyWork}). */
@Controller
class MyWorkController {

	private final MyWork work;

	MyWorkController(MyWork work) {
		this.work = work;
	}

	@GetMapping("/my/work")
	String myWork(Model model) {
		model.addAttribute("work", this.work.of(CurrentUser.get().id()));
		return "my-work";
	}

}
