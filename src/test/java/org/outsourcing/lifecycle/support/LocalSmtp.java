package org.outsourcing.lifecycle.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.util.TestSocketUtils;

/**
 * A real SMTP server (GreenMail) on a free local port for one test class, and the mail
 * settings that point the application at it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static LocalSmtp smtp = new LocalSmtp();
 *
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) {
 * 	smtp.pointTheApplicationHere(registry);
 * }
 * </pre>
 */
public class LocalSmtp extends GreenMailExtension {

	private static final String HOST = "127.0.0.1";

	private final int port;

	public LocalSmtp() {
		this(TestSocketUtils.findAvailableTcpPort());
	}

	private LocalSmtp(int port) {
		super(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
		this.port = port;
	}

	public void pointTheApplicationHere(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> HOST);
		registry.add("spring.mail.port", () -> this.port);
	}

}
