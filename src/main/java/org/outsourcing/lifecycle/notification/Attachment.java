package org.outsourcing.lifecycle.notification;

/**
 * A file sent with a notification, such as a calendar invitation.
 *
 * @param contentType the MIME type with its parameters, e.g.
 * {@code text/calendar; method=REQUEST; charset=UTF-8}
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public Attachment {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
