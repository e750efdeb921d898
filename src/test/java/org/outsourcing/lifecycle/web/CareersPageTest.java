package org.outsourcing.lifecycle.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.flowable.engine.RuntimeService;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;
import org.outsourcing.lifecycle.notification.OutboxDelivery;
import org.outsourcing.lifecycle.recruitment.Application;
import org.outsourcing.lifecycle.recruitment.Applications;
import org.outsourcing.lifecycle.recruitment.RecruitmentFixtures;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.outsourcing.lifecycle.support.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public careers page without a browser: anonymous visitors see the open ads and
 * nothing after the window closes; the apply form of {@code forms/apply.form} refuses bad
 * entries at their fields; an application opens a contractor account and e-mails a
 * one-time link (through the outbox, to a real SMTP server) that sets a password once,
 * never twice and never after it expired; an address that has an account gets the same
 * answer and records nothing; the form is rate limited per address, size limited and
 * needs the CSRF token.
 */
@SpringBootTest(properties = { "lifecycle.notifications.delivery-interval=1000d",
		"lifecycle.careers.applications-per-address=3", "lifecycle.accounts.public-url=https://jobs.example.com/" })
@AutoConfigureMockMvc
class CareersPageTest {

	private static final Pattern LINK = Pattern
		.compile("https://jobs\\.example\\.com(/account/password\\?token=[A-Za-z0-9_-]+)");

	@RegisterExtension
	static LocalSmtp smtp = new LocalSmtp();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.pointTheApplicationHere(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	Applications applications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationRateLimit rateLimit;

	@BeforeEach
	void freshLimits() {
		this.rateLimit.reset();
	}

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void anonymousVisitorsSeeOnlyOpenAdsWithTheirTextAndNothingAfterTheWindowCloses() throws Exception {
		String open = engagementWithAd("customerPersonalData");
		String unpublished = this.runtime
			.startProcessInstanceByKey("outsourcingEngagement", DefineWorkProcessTest.definition("none", false, false))
			.getId();

		String list = page(get("/careers"), 200);
		assertThat(list).contains("data-engagement-id=\"" + open + "\"", "Freelance newsletter writer",
				"Monthly newsletter");
		assertThat(list).doesNotContain(unpublished);
		String ad = page(get("/careers/" + open), 200);
		assertThat(ad).contains("Three years of e-mail marketing", "Start your cover letter with the word Pineapple",
				"USD 30-40 an hour", "2027-12-31", "Customer personal data", "ISO 27002", "id=\"apply-form\"",
				"name=\"_csrf\"", "id=\"applicantEmail\"", "id=\"coverLetter\"");
		page(get("/careers/" + unpublished), 404);

		this.engine.passTime(Duration.ofDays(15));
		assertThat(page(get("/careers"), 200)).doesNotContain(open);
		page(get("/careers/" + open), 404);
		this.mvc.perform(apply(open, valid("late@example.com"))).andExpect(status().isNotFound());
		assertThat(this.identity.createUserQuery().userEmail("late@example.com").count()).isZero();
	}

	@Test
	void badEntriesAreShownAtTheirFieldsAndNothingIsWritten() throws Exception {
		String engagementId = engagementWithAd("none");
		Map<String, String> values = valid("broken@example.com");
		values.put("applicantEmail", "not-an-address");
		values.put("samplesUrl", "ftp://files");
		values.put("coverLetter", "");
		values.put("hourlyRate", "lots");
		values.put("applicantTimeZone", "Europe/Lisbon");

		String page = this.mvc.perform(apply(engagementId, values))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"applicantEmail-error\"", "E-mail: must be an e-mail address",
				"id=\"samplesUrl-error\"", "Work samples (web address): must be a web address",
				"id=\"coverLetter-error\"", "Cover letter: is required", "id=\"hourlyRate-error\"",
				"Your hourly rate: must be a number", "value=\"not-an-address\"", "id=\"error-summary\"");
		values = valid("zone@example.com");
		values.put("applicantTimeZone", "Mars/Olympus");
		assertThat(this.mvc.perform(apply(engagementId, values))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("Your time zone: must be one of Africa/Abidjan", "not text &#39;Mars/Olympus&#39;");
		assertThat(this.applications.forEngagement(engagementId)).isEmpty();
		assertThat(this.identity.createUserQuery().userEmail("zone@example.com").count()).isZero();
	}

	@Test
	void applyingOpensAnAccountAndMailsALinkThatSetsThePasswordOnce() throws Exception {
		String engagementId = engagementWithAd("none");
		this.mvc.perform(apply(engagementId, valid("Nina.New+jobs@example.com")))
			.andExpect(redirectedUrl("/careers/" + engagementId + "/applied"));

		User user = this.identity.createUserQuery().userEmail("Nina.New+jobs@example.com").singleResult();
		assertThat(user.getId()).isEqualTo("nina.new.jobs");
		assertThat(this.identity.createGroupQuery().groupMember(user.getId()).list())
			.extracting((group) -> group.getId())
			.containsExactly("contractor");
		Application application = this.applications.forEngagement(engagementId).get(0);
		assertThat(application.applicantUserId()).isEqualTo("nina.new.jobs");
		assertThat(application.email()).isEqualTo("Nina.New+jobs@example.com");
		assertThat(this.trail.entriesOf(engagementId)).extracting(AuditEntry::type)
			.contains(AuditEntryType.ACCOUNT_CREATED, AuditEntryType.APPLICATION_RECEIVED,
					AuditEntryType.PASSWORD_LINK_SENT);
		assertThat(this.trail.entriesOf(engagementId))
			.filteredOn((entry) -> entry.type() == AuditEntryType.APPLICATION_RECEIVED)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.actor()).isEqualTo("nina.new.jobs"));

		String path = mailedLink("Nina.New+jobs@example.com");
		String token = path.substring(path.indexOf("token=") + "token=".length());
		assertThat(this.trail.entriesOf(engagementId).toString()).doesNotContain(token);
		assertThat(page(get(path), 200)).contains("id=\"password-form\"");
		String weak = page(setPassword(token, "short", "short"), 400);
		assertThat(weak).contains("id=\"password-error\"", "Password: must be at least 12 characters");
		page(setPassword(token, "a long enough phrase", "another long phrase"), 400);

		long sequenceBefore = this.trail.lastSequence();
		this.mvc.perform(setPassword(token, "apples under the bridge", "apples under the bridge"))
			.andExpect(redirectedUrl("/login?passwordSet"));
		assertThat(this.passwords.matches("apples under the bridge",
				this.identity.createUserQuery().userId("nina.new.jobs").singleResult().getPassword()))
			.isTrue();
		assertThat(this.trail.entriesAfter(sequenceBefore, 100)
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.PASSWORD_SET)
			.filter((entry) -> "nina.new.jobs".equals(entry.actor()))).hasSize(1);

		assertThat(page(get(path), 410)).contains("not valid");
		page(setPassword(token, "someone else's phrase", "someone else's phrase"), 410);
		assertThat(this.passwords.matches("apples under the bridge",
				this.identity.createUserQuery().userId("nina.new.jobs").singleResult().getPassword()))
			.isTrue();
	}

	@Test
	void anExpiredLinkSetsNothing() throws Exception {
		String engagementId = engagementWithAd("none");
		this.mvc.perform(apply(engagementId, valid("late.link@example.com")))
			.andExpect(redirectedUrl("/careers/" + engagementId + "/applied"));
		String path = mailedLink("late.link@example.com");
		String token = path.substring(path.indexOf("token=") + "token=".length());

		this.engine.passTime(Duration.ofHours(24).plusMinutes(1));
		page(get(path), 410);
		page(setPassword(token, "apples under the bridge", "apples under the bridge"), 410);
		assertThat(this.passwords.matches("apples under the bridge",
				this.identity.createUserQuery().userId("late.link").singleResult().getPassword()))
			.isFalse();
	}

	@Test
	void anAddressWithAnAccountGetsTheSameAnswerAndNothingIsRecorded() throws Exception {
		String engagementId = engagementWithAd("none");
		long usersBefore = this.identity.createUserQuery().count();
		this.mvc.perform(apply(engagementId, valid("contractor2@example.com")))
			.andExpect(redirectedUrl("/careers/" + engagementId + "/applied"));

		assertThat(this.identity.createUserQuery().count()).isEqualTo(usersBefore);
		assertThat(this.applications.forEngagement(engagementId)).isEmpty();
		MimeMessage mail = receivedBy("contractor2@example.com").get(0);
		assertThat(GreenMailUtil.getBody(mail)).contains("already belongs to an account",
				"sign in (user name: contractor2)", "https://jobs.example.com/careers/" + engagementId);
		assertThat(mailedLink("contractor2@example.com")).startsWith("/account/password?token=");
	}

	@Test
	void aSignedInApplicantAppliesAsThemselvesOnce() throws Exception {
		String engagementId = engagementWithAd("none");
		long usersBefore = this.identity.createUserQuery().count();
		this.mvc
			.perform(apply(engagementId, valid("contractor2@example.com"))
				.with(user("contractor2").authorities(() -> "GROUP_contractor")))
			.andExpect(redirectedUrl("/"));
		assertThat(this.applications.forEngagement(engagementId)).extracting(Application::applicantUserId)
			.containsExactly("contractor2");
		assertThat(this.identity.createUserQuery().count()).isEqualTo(usersBefore);
		this.mvc
			.perform(apply(engagementId, valid("contractor2@example.com"))
				.with(user("contractor2").authorities(() -> "GROUP_contractor")))
			.andExpect(status().isConflict());
		assertThat(this.applications.forEngagement(engagementId)).hasSize(1);
	}

	@Test
	void theFormIsRateLimitedPerAddressSizeLimitedAndNeedsTheCsrfToken() throws Exception {
		String engagementId = engagementWithAd("none");
		Map<String, String> broken = valid("flood@example.com");
		broken.put("applicantEmail", "x");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(apply(engagementId, broken).with(address("203.0.113.7")))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(apply(engagementId, valid("flood@example.com")).with(address("203.0.113.7")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("3[56]\\d\\d")));
		assertThat(this.identity.createUserQuery().userEmail("flood@example.com").count()).isZero();
		this.mvc.perform(apply(engagementId, valid("flood@example.com")).with(address("203.0.113.8")))
			.andExpect(redirectedUrl("/careers/" + engagementId + "/applied"));

		this.mvc
			.perform(post("/careers/{id}/apply", engagementId).with(csrf())
				.contentType("application/x-www-form-urlencoded")
				.content(new byte[70_000]))
			.andExpect(status().isPayloadTooLarge());
		this.mvc.perform(form(post("/careers/{id}/apply", engagementId), valid("nocsrf@example.com")))
			.andExpect(redirectedUrl("/login?expired"));
		assertThat(this.identity.createUserQuery().userEmail("nocsrf@example.com").count()).isZero();
	}

	private String engagementWithAd(String dataSensitivity) {
		String id = this.runtime
			.startProcessInstanceByKey("outsourcingEngagement",
					DefineWorkProcessTest.definition(dataSensitivity, false, false))
			.getId();
		this.engine.complete(id, "writeAd", "recruiter", RecruitmentFixtures.ad());
		return id;
	}

	private static Map<String, String> valid(String email) {
		Map<String, String> values = new java.util.HashMap<>();
		values.put("applicantName", "Nina New");
		values.put("applicantEmail", email);
		values.put("coverLetter", "Pineapple. I write newsletters people read.");
		values.put("samplesUrl", "https://portfolio.example.com/nina");
		values.put("instructionAnswer", "Pineapple");
		values.put("hourlyRate", "35");
		values.put("applicantTimeZone", "Europe/Lisbon");
		return values;
	}

	private static MockHttpServletRequestBuilder apply(String engagementId, Map<String, String> values) {
		return form(post("/careers/{id}/apply", engagementId), values).with(csrf());
	}

	private static MockHttpServletRequestBuilder setPassword(String token, String password, String confirmation) {
		return post("/account/password").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request,
			Map<String, String> values) {
		values.forEach(request::param);
		return request;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor address(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is(status)).andReturn();
		return result.getResponse().getContentAsString();
	}

	/** The path of the last one-time link mailed to this address. */
	private String mailedLink(String address) throws Exception {
		List<MimeMessage> mails = receivedBy(address);
		assertThat(mails).isNotEmpty();
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)).replace("=\r\n", ""));
		assertThat(link.find()).as("a one-time link in the e-mail").isTrue();
		return link.group(1);
	}

	private List<MimeMessage> receivedBy(String address) throws Exception {
		this.delivery.deliverPending();
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
