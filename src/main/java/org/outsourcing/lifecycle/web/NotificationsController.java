package org.outsourcing.lifecycle.web;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.notification.InAppNotification;
import org.outsourcing.lifecycle.notification.InAppNotifications;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /notifications}: what is new for the signed-in person, newest first, each with
 * where to look; marking one or all read.
 */
@Controller
class NotificationsController {

	private final InAppNotifications notifications;

	NotificationsController(InAppNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("items",
				this.notifications.of(user).stream().map((item) -> new Item(item, linkFor(item, user))).toList());
		return "notifications";
	}

	@PostMapping("/notifications/{notificationId}/read")
	String markRead(@PathVariable long notificationId) {
		try {
			this.notifications.markRead(notificationId, CurrentUser.get());
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead() {
		this.notifications.markAllRead(CurrentUser.get());
		return "redirect:/notifications";
	}

	/**
	 * Where to look: the item's own page, else its engagement's for the company (a
	 * contractor's are on "My work").
	 */
	private static String linkFor(InAppNotification item, CurrentUser user) {
		if (item.link() != null) {
			return item.link();
		}
		if (item.engagementId() == null) {
			return null;
		}
		return user.isContractor() ? "/my/work" : "/engagements/" + item.engagementId();
	}

	/** An item and the page it points to. */
	record Item(InAppNotification notification, String link) {
	}

}
