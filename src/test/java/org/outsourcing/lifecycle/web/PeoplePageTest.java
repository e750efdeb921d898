package org.outsourcing.lifecycle.web;

import java.util.List;

import org.flowable.idm.api.IdmIdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.notification.Notification;
import org.outsourcing.lifecycle.security.LoginAttempts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins manage people on {@code /operations/users}: a new user gets a one-time link by
 * e-mail (no password is ever shown), a reset sends a new link, a locked-out user is let
 * in again; each is audited; nobody else may do any of it, and a post needs the CSRF
 * token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeUser() {
		if (this.identity.createUserQuery().userId("petra.people").count() > 0) {
			this.identity.deleteUser("petra.people");
		}
	}

	@Test
	void anAdminCreatesAUserSendsALinkAndUnlocksWithoutEverSeeingAPassword() throws Exception {
		long before = this.trail.lastSequence();
		this.mvc
			.perform(admin(post("/operations/users").param("id", "petra.people")
				.param("name", "Petra People")
				.param("email", "petra@example.com")
				.param("groups", "finance", "liaison")))
			.andExpect(redirectedUrl("/operations/users"));
		assertThat(this.identity.createGroupQuery().groupMember("petra.people").list())
			.extracting((group) -> group.getId())
			.containsExactlyInAnyOrder("finance", "liaison");
		assertThat(outboxTo("petra@example.com")).singleElement()
			.satisfies(
					(mail) -> assertThat(mail.body()).contains("User name: petra.people", "/account/password?token="));

		this.mvc.perform(admin(post("/operations/users/petra.people/password-link")))
			.andExpect(redirectedUrl("/operations/users"));
		assertThat(outboxTo("petra@example.com")).hasSize(2);

		for (int i = 0; i < 6; i++) {
			this.attempts.failed("petra.people", "198.51.100.9");
		}
		this.mvc.perform(admin(get("/operations/users")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("locked out")))
			.andExpect(content().string(not(containsString("$2a$"))));
		this.mvc.perform(admin(post("/operations/users/petra.people/unlock")))
			.andExpect(redirectedUrl("/operations/users"));
		assertThat(this.attempts.isBlocked("petra.people", "198.51.100.9")).isFalse();

		List<AuditEntry> entries = this.trail.entriesAfter(before, 100);
		assertThat(entries).filteredOn((entry) -> "admin".equals(entry.actor()))
			.extracting(AuditEntry::type)
			.contains(AuditEntryType.ACCOUNT_CREATED, AuditEntryType.PASSWORD_LINK_SENT,
					AuditEntryType.ADMIN_INTERVENTION);
	}

	@Test
	void badEntriesAreRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(admin(post("/operations/users").param("id", "Petra People!")
				.param("email", "petra@example.com")
				.param("groups", "finance")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id: use lower-case letters")));
		this.mvc
			.perform(admin(post("/operations/users").param("id", "petra.people")
				.param("email", "petra@example.com")
				.param("groups", "superuser")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("groups: choose one or more of")));
		assertThat(this.identity.createUserQuery().userId("petra.people").count()).isZero();
	}

	@Test
	void onlyAdminsManagePeople() throws Exception {
		this.mvc.perform(get("/operations/users").with(user("owner").authorities(() -> "GROUP_owner")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/operations/users/contractor/password-link").with(csrf())
				.with(user("owner").authorities(() -> "GROUP_owner")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/operations/users/contractor/unlock").with(csrf())
				.with(user("contractor").authorities(() -> "GROUP_contractor")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/operations/users/contractor/unlock").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(admin(post("/operations/users/nobody-here/unlock"))).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user("admin").authorities(() -> "GROUP_admin"));
	}

	private List<Notification> outboxTo(String address) {
		return this.jdbc.sql("SELECT id FROM notification WHERE recipient_email = ? ORDER BY id")
			.param(address)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> this.jdbc.sql("SELECT subject, body FROM notification WHERE id = ?")
				.param(id)
				.query((rs, n) -> new Notification(id, null, null, null, null, null, address, rs.getString("subject"),
						rs.getString("body"), null, null, 0, null))
				.single())
			.toList();
	}

}
