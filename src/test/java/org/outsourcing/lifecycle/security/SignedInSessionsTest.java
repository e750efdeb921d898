package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.IdmIdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an admin changes about a person holds for the pages that person already has open:
 * a session started before the change follows the directory at its next request. A
 * removed group no longer opens its pages, and a disabled or deleted account is signed
 * out, not left working until the session times out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignedInSessionsTest {

	private static final String PASSWORD = "Sam-Session-2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	UserDirectory directory;

	@AfterEach
	void removeUser() {
		if (this.identity.createUserQuery().userId("sam.session").count() > 0) {
			this.identity.deleteUserInfo("sam.session", DisabledAccounts.INFO_KEY);
			this.identity.deleteUser("sam.session");
		}
	}

	@Test
	void aRemovedGroupNoLongerOpensItsPagesInASessionStartedBefore() throws Exception {
		MockHttpSession session = signedInOwner();
		this.mvc.perform(get("/engagements/new").session(session)).andExpect(status().isOk());

		this.mvc.perform(admin(post("/operations/users/sam.session/groups/owner/remove")))
			.andExpect(redirectedUrl("/operations/users/sam.session"));

		this.mvc.perform(get("/engagements/new").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(admin(post("/operations/users/sam.session/groups").param("group", "owner")))
			.andExpect(redirectedUrl("/operations/users/sam.session"));
		this.mvc.perform(get("/engagements/new").session(session)).andExpect(status().isOk());
	}

	@Test
	void aDisabledAccountIsSignedOutOfItsSession() throws Exception {
		MockHttpSession session = signedInOwner();
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.mvc.perform(admin(post("/operations/users/sam.session/disable")))
			.andExpect(redirectedUrl("/operations/users/sam.session"));

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aDeletedAccountIsSignedOutOfItsSession() throws Exception {
		MockHttpSession session = signedInOwner();
		this.identity.deleteMembership("sam.session", "owner");
		this.identity.deleteUser("sam.session");

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private MockHttpSession signedInOwner() throws Exception {
		this.directory.ensureUser("sam.session", PASSWORD, "sam@example.com", "owner");
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("sam.session").password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).isNotNull();
		return session;
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").authorities(() -> "GROUP_admin")).with(csrf());
	}

}
