package org.outsourcing.lifecycle.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.flowable.engine.RuntimeService;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.outsourcing.lifecycle.support.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivers the outbox to a real SMTP server (GreenMail) and reads what arrived. The test
 * calls {@link OutboxDelivery#deliverPending()} itself (the schedule waits a thousand
 * days) and moves the engine clock past the retry waits.
 */
@SpringBootTest(
		properties = { "lifecycle.notifications.delivery-interval=1000d", "lifecycle.notifications.max-attempts=3" })
class OutboxDeliveryTest {

	static final String FROM = "no-reply@outsourcing-lifecycle.local";

	@RegisterExtension
	static LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.pointTheApplicationHere(registry);
	}

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	Notifications notifications;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	EngineDriver engine;

	@Autowired
	JdbcClient jdbc;

	private final List<String> usersCreated = new ArrayList<>();

	@BeforeEach
	void emptyOutbox() {
		// Every test of this context shares the outbox; each starts from an empty one.
		this.jdbc.sql("DELETE FROM notification").update();
	}

	@AfterEach
	void cleanUp() {
		this.engine.resetClock();
		this.usersCreated.forEach(this.identity::deleteUser);
	}

	@Test
	void aRefusalReachesTheOwnerAndAGroupNoticeEveryMemberOnce() throws Exception {
		createUser("recruiter2", "recruiter2@example.com", "recruiter");
		String engagementId = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(securityWork())
			.start()
			.getId();
		this.notifications.about(engagementId, null, NotificationKind.INFORMATION)
			.toGroup("recruiter")
			.send("Applications are in", "Three applications wait for screening.");

		this.delivery.deliverPending();

		Notification refusal = only(engagementId, "owner");
		assertThat(refusal.kind()).isEqualTo(NotificationKind.REJECTION);
		MimeMessage toOwner = receivedBy("owner@example.com").get(0);
		assertThat(addresses(toOwner.getFrom())).containsExactly(FROM);
		assertThat(addresses(toOwner.getRecipients(RecipientType.TO))).containsExactly("owner@example.com");
		assertThat(toOwner.getSubject()).isEqualTo("'Monthly newsletter' will not be outsourced")
			.isEqualTo(refusal.subject());
		assertThat(body(toOwner)).contains("security is not outsourced").isEqualTo(refusal.body().strip());

		MimeMessage toRecruiters = receivedBy("recruiter@example.com").get(0);
		assertThat(addresses(toRecruiters.getRecipients(RecipientType.TO)))
			.containsExactlyInAnyOrder("recruiter@example.com", "recruiter2@example.com");
		assertThat(toRecruiters.getSubject()).isEqualTo("Applications are in");
		assertThat(body(toRecruiters)).isEqualTo("Three applications wait for screening.");
		assertThat(receivedBy("recruiter2@example.com")).hasSize(1);
		// one copy per mailbox: the owner's and each recruiter's
		assertThat(smtp.getReceivedMessages()).hasSize(3);

		assertThat(this.notifications.forEngagement(engagementId)).hasSize(2).allSatisfy((notification) -> {
			assertThat(notification.sentAt()).isNotNull();
			assertThat(notification.attempts()).isEqualTo(1);
			assertThat(notification.lastError()).isNull();
		});

		this.engine.passTime(Duration.ofHours(2));
		this.delivery.deliverPending();
		assertThat(smtp.getReceivedMessages()).as("a sent notification is never sent again").hasSize(3);
	}

	@Test
	void aUserWithoutAnAddressFailsWithTheReasonAndGetsItOnceTheDirectoryHasOne() throws Exception {
		createUser("noaddress", null, null);
		long id = this.notifications.about("engagement-x", null, NotificationKind.ACTION_REQUIRED)
			.toUser("noaddress")
			.send("Sign the contract", "Your contract waits for your signature.");

		this.delivery.deliverPending();
		this.delivery.deliverPending();

		Notification failed = row(id);
		assertThat(failed.sentAt()).isNull();
		assertThat(failed.attempts()).as("the second run waits for the retry time").isEqualTo(1);
		assertThat(failed.lastError()).isEqualTo("No e-mail address known for user:noaddress");
		assertThat(smtp.getReceivedMessages()).isEmpty();

		User user = this.identity.createUserQuery().userId("noaddress").singleResult();
		user.setEmail("noaddress@example.com");
		this.identity.saveUser(user);
		this.engine.passTime(OutboxDelivery.FIRST_RETRY.plusSeconds(1));
		this.delivery.deliverPending();

		assertThat(row(id).sentAt()).isNotNull();
		assertThat(row(id).attempts()).isEqualTo(2);
		assertThat(receivedBy("noaddress@example.com")).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("Sign the contract"));
	}

	@Test
	void whileTheMailServerIsDownTheNotificationWaitsAndIsSentWhenItIsBack() throws Exception {
		long id = this.notifications.about("engagement-y", null, NotificationKind.REMINDER)
			.toUser("finance")
			.send("Invoice to approve", "The trial invoice waits for your approval.");
		smtp.stop();

		this.delivery.deliverPending();

		Notification failed = row(id);
		assertThat(failed.sentAt()).isNull();
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).containsIgnoringCase("connect");

		this.engine.passTime(OutboxDelivery.FIRST_RETRY.plusSeconds(1));
		this.delivery.deliverPending();
		assertThat(row(id).attempts()).isEqualTo(2);

		smtp.start();
		this.delivery.deliverPending();
		assertThat(row(id).sentAt()).as("the second retry waits twice as long").isNull();

		this.engine.passTime(OutboxDelivery.FIRST_RETRY.multipliedBy(2).plusSeconds(1));
		this.delivery.deliverPending();

		Notification sent = row(id);
		assertThat(sent.sentAt()).isNotNull();
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.lastError()).isNull();
		assertThat(receivedBy("finance@example.com")).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("Invoice to approve"));
	}

	@Test
	void aNotificationIsGivenUpAfterTheLastAttempt() {
		long id = this.notifications.about("engagement-z", null, NotificationKind.REMINDER)
			.toEmail("legal@example.com")
			.send("Contract to draft", "A contract waits to be drafted.");
		smtp.stop();

		for (int attempt = 0; attempt < 4; attempt++) {
			this.delivery.deliverPending();
			this.engine.passTime(OutboxDelivery.LONGEST_RETRY);
		}
		smtp.start();
		this.delivery.deliverPending();

		Notification givenUp = row(id);
		assertThat(givenUp.attempts()).isEqualTo(3);
		assertThat(givenUp.sentAt()).isNull();
		assertThat(givenUp.lastError()).containsIgnoringCase("connect");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void twoNodesDeliveringAtOnceSendEachNotificationOnce() throws Exception {
		int count = 40;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.notifications.about("engagement-race", null, NotificationKind.INFORMATION)
				.toEmail("reader" + i + "@example.com")
				.send("News " + i, "Issue " + i));
		}

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<?>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				runs.add(nodes.submit(() -> {
					together.await();
					this.delivery.deliverPending();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(count);
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : received) {
			recipients.addAll(addresses(message.getRecipients(RecipientType.TO)));
		}
		assertThat(recipients).doesNotHaveDuplicates().hasSize(count);
		assertThat(ids).allSatisfy((id) -> {
			assertThat(row(id).sentAt()).isNotNull();
			assertThat(row(id).attempts()).isEqualTo(1);
		});
	}

	private void createUser(String userId, String email, String group) {
		User user = this.identity.newUser(userId);
		user.setEmail(email);
		this.identity.saveUser(user);
		this.usersCreated.add(userId);
		if (group != null) {
			this.identity.createMembership(userId, group);
		}
	}

	private Notification row(long id) {
		return this.jdbc.sql("SELECT engagement_id FROM notification WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.flatMap((engagementId) -> this.notifications.forEngagement(engagementId)
				.stream()
				.filter((notification) -> notification.id() == id)
				.findFirst())
			.orElseThrow();
	}

	private Notification only(String engagementId, String user) {
		return this.notifications.forEngagement(engagementId)
			.stream()
			.filter((notification) -> user.equals(notification.recipientUser()))
			.findFirst()
			.orElseThrow();
	}

	private static List<MimeMessage> receivedBy(String address) {
		return smtp.findReceivedMessages((mailbox) -> mailbox.getEmail().equals(address), (message) -> true).toList();
	}

	private static List<String> addresses(Address[] addresses) {
		return Arrays.stream(addresses).map(Address::toString).toList();
	}

	private static String body(MimeMessage message) throws Exception {
		return message.getContent().toString().strip();
	}

	/** A complete work definition that the policy refuses: security work. */
	private static Map<String, Object> securityWork() {
		return DefineWorkProcessTest.definition("none", true, false);
	}

}
