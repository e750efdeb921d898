package org.outsourcing.lifecycle.notification;

import java.time.Duration;
import java.util.List;

import org.outsourcing.lifecycle.engagement.LifecycleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds by e-mail, once SMTP is configured
 * ({@code spring.mail.host}). A failed delivery stays in the outbox with its error and is
 * tried again, up to {@code lifecycle.notifications.max-attempts}; several nodes may run
 * this at once, each row is claimed by one.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Notifications outbox;

	private final Recipients recipients;

	private final JavaMailSender mail;

	private final LifecycleProperties.NotificationSettings settings;

	OutboxDelivery(Notifications outbox, Recipients recipients, JavaMailSender mail, LifecycleProperties properties) {
		this.outbox = outbox;
		this.recipients = recipients;
		this.mail = mail;
		this.settings = properties.notifications();
	}

	@Scheduled(fixedDelayString = "${lifecycle.notifications.delivery-interval:5s}")
	public void deliverPending() {
		for (Notification notification : this.outbox.pending(this.settings.maxAttempts(), 50)) {
			if (this.outbox.claim(notification.id(), LEASE)) {
				deliver(notification);
			}
		}
	}

	private void deliver(Notification notification) {
		List<String> addresses = this.recipients.addressesOf(notification);
		if (addresses.isEmpty()) {
			this.outbox.markFailed(notification.id(), "No e-mail address known for " + notification.recipient());
			return;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.settings.from());
			message.setTo(addresses.toArray(String[]::new));
			message.setSubject(notification.subject());
			message.setText(notification.body());
			this.mail.send(message);
			this.outbox.markSent(notification.id());
		}
		catch (RuntimeException ex) {
			log.warn("Notification {} to {} not delivered: {}", notification.id(), notification.recipient(),
					ex.getMessage());
			this.outbox.markFailed(notification.id(), ex.getMessage());
		}
	}

}
