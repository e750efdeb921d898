package org.outsourcing.lifecycle.web;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.notification.InAppNotifications;
import org.springframework.stereotype.Component;

/**
 * The unread count in every page's header ({@code fragments/notifications.html}), read
 * when the header is drawn.
 */
@Component("unreadNotifications")
public class UnreadNotifications {

	private final InAppNotifications notifications;

	UnreadNotifications(InAppNotifications notifications) {
		this.notifications = notifications;
	}

	public long count() {
		return CurrentUser.signedIn().map(this.notifications::unread).orElse(0L);
	}

}
