package org.outsourcing.lifecycle.notification;

import java.util.List;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own "what is new": {@code GET /api/notifications} (newest first, with the
 * unread count), {@code POST /api/notifications/{id}/read} (204; someone else's or an
 * unknown id 404) and {@code POST /api/notifications/read} (all of them, 204).
 */
@RestController
class InAppNotificationController {

	private final InAppNotifications notifications;

	InAppNotificationController(InAppNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications")
	Feed list() {
		CurrentUser user = CurrentUser.get();
		List<InAppNotification> items = this.notifications.of(user);
		return new Feed(this.notifications.unread(user), items);
	}

	@PostMapping("/api/notifications/{notificationId}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(@PathVariable long notificationId) {
		this.notifications.markRead(notificationId, CurrentUser.get());
	}

	@PostMapping("/api/notifications/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markAllRead() {
		this.notifications.markAllRead(CurrentUser.get());
	}

	/** The caller's items and how many of them are unread. */
	record Feed(long unread, List<InAppNotification> items) {
	}

}
