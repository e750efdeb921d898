package org.outsourcing.lifecycle.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.outsourcing.lifecycle.core.LifecycleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds by e-mail, once SMTP is configured
 * ({@code spring.mail.host}). A failed delivery stays in the outbox with its error and is
 * tried again, up to {@code lifecycle.notifications.max-attempts}, after a wait that
 * doubles from {@link #FIRST_RETRY} to {@link #LONGEST_RETRY}: with the default ten
 * attempts a mail server may be down for about four hours before a notification is given
 * up. Several nodes may run this at once; each row is claimed by one.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	/**
	 * How long a claimed row is this node's; longer than the SMTP timeouts in
	 * application.yml.
	 */
	private static final Duration LEASE = Duration.ofMinutes(2);

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(1);

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

	// The first run waits one interval too, so it never races the start of the
	// application.
	@Scheduled(fixedDelayString = "${lifecycle.notifications.delivery-interval:5s}",
			initialDelayString = "${lifecycle.notifications.delivery-interval:5s}")
	public void deliverPending() {
		for (Notification notification : this.outbox.pending(this.settings.maxAttempts(), 50)) {
			if (this.outbox.claim(notification.id(), this.settings.maxAttempts(), LEASE)) {
				deliver(notification);
			}
		}
	}

	private void deliver(Notification notification) {
		List<String> addresses = this.recipients.addressesOf(notification);
		if (addresses.isEmpty()) {
			// Retried like a mail server failure: an address added to the directory
			// meanwhile is used.
			this.outbox.markFailed(notification.id(), "No e-mail address known for " + notification.recipient(),
					retryAfter(notification));
			return;
		}
		try {
			List<Attachment> attachments = this.outbox.attachments(notification.id());
			if (attachments.isEmpty()) {
				this.mail.send(plain(notification, addresses));
			}
			else {
				this.mail.send(withAttachments(notification, addresses, attachments));
			}
			this.outbox.markSent(notification.id());
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Notification {} to {} not delivered: {}", notification.id(), notification.recipient(),
					ex.getMessage());
			this.outbox.markFailed(notification.id(), ex.getMessage(), retryAfter(notification));
		}
	}

	private SimpleMailMessage plain(Notification notification, List<String> addresses) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(addresses.toArray(String[]::new));
		message.setSubject(notification.subject());
		message.setText(notification.body());
		return message;
	}

	private MimeMessage withAttachments(Notification notification, List<String> addresses, List<Attachment> attachments)
			throws MessagingException {
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper parts = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		parts.setFrom(this.settings.from());
		parts.setTo(addresses.toArray(String[]::new));
		parts.setSubject(notification.subject());
		parts.setText(notification.body());
		for (Attachment attachment : attachments) {
			parts.addAttachment(attachment.fileName(),
					new ByteArrayDataSource(attachment.content(), attachment.contentType()));
		}
		return message;
	}

	/** The wait before the next attempt of a notification that just failed. */
	private static Duration retryAfter(Notification notification) {
		// notification.attempts() was read before this attempt's claim counted it
		int failures = Math.min(notification.attempts() + 1, 10);
		Duration wait = FIRST_RETRY.multipliedBy(1L << (failures - 1));
		return (wait.compareTo(LONGEST_RETRY) > 0) ? LONGEST_RETRY : wait;
	}

}
