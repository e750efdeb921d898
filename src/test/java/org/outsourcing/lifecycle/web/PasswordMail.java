package org.outsourcing.lifecycle.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.outsourcing.lifecycle.notification.OutboxDelivery;
import org.outsourcing.lifecycle.support.LocalSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The latest mail a new account's owner received through the real SMTP server: the user
 * name it gives and the path of its one-time link to set a password.
 */
record PasswordMail(String userName, String linkPath) {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/account/password\\?token=[A-Za-z0-9_-]+)");

	private static final Pattern USER_NAME = Pattern.compile("User name: ([a-z0-9._-]+)");

	/** Sends what the outbox holds now, then reads the last mail to this address. */
	static PasswordMail to(String address, OutboxDelivery delivery, LocalSmtp smtp) {
		delivery.deliverPending();
		MimeMessage message = Arrays.stream(smtp.getReceivedMessages()).filter((candidate) -> {
			try {
				return Arrays.stream(candidate.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((first, second) -> second).orElseThrow();
		String body = GreenMailUtil.getBody(message).replace("=\r\n", "");
		Matcher userName = USER_NAME.matcher(body);
		Matcher link = LINK.matcher(body);
		assertThat(userName.find()).as(body).isTrue();
		assertThat(link.find()).as(body).isTrue();
		return new PasswordMail(userName.group(1), link.group(1));
	}

}
