package org.outsourcing.lifecycle.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.security.ApiToken;
import org.outsourcing.lifecycle.security.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API tokens page: reachable from the navigation, creates a token and shows its value
 * on that answer only, refuses bad input at its field, revokes; nobody revokes someone
 * else's token but an admin, who sees everyone's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenPageTest {

	private static final Pattern TOKEN = Pattern.compile("olt_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Test
	void aUserCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
		this.mvc.perform(get("/").with(as("interviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/tokens\"")));
		String page = this.mvc
			.perform(post("/tokens").with(as("interviewer"))
				.with(csrf())
				.param("name", "calendar sync")
				.param("expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shown only this once")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = TOKEN.matcher(page);
		assertThat(shown.find()).isTrue();
		String value = shown.group();
		String id = shown.group(1);
		ApiToken token = this.tokens.of("interviewer")
			.stream()
			.filter((mine) -> mine.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(token.name()).isEqualTo("calendar sync");
		assertThat(token.expiresAt())
			.isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant());

		this.mvc.perform(get("/tokens").with(as("interviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("calendar sync")))
			.andExpect(content().string(not(containsString(value))));

		this.mvc.perform(post("/tokens/" + id + "/revoke").with(as("interviewer")).with(csrf()))
			.andExpect(redirectedUrl("/tokens"))
			.andExpect(flash().attribute("notice", containsString("revoked")));
		assertThat(this.tokens.of("interviewer")).filteredOn((mine) -> mine.id().equals(id))
			.singleElement()
			.satisfies((revoked) -> assertThat(revoked.revokedBy()).isEqualTo("interviewer"));
	}

	@Test
	void badInputIsShownAtItsFieldAndCreatesNothing() throws Exception {
		int before = this.tokens.of("it").size();
		this.mvc.perform(post("/tokens").with(as("it")).with(csrf()).param("name", "").param("expiresOn", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"token-name-error\"")));
		this.mvc
			.perform(post("/tokens").with(as("it"))
				.with(csrf())
				.param("name", "backup")
				.param("expiresOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"token-expires-error\"")))
			.andExpect(content().string(containsString("value=\"backup\"")));
		this.mvc.perform(post("/tokens").with(as("it")).with(csrf()).param("name", "x").param("expiresOn", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("expiresOn: use a date like")));
		assertThat(this.tokens.of("it")).hasSize(before);
	}

	@Test
	void onlyAnAdminRevokesSomeoneElsesToken() throws Exception {
		String id = this.tokens.create("liaison", "status reports", null).token().id();
		this.mvc.perform(post("/tokens/" + id + "/revoke").with(as("finance")).with(csrf()))
			.andExpect(redirectedUrl("/tokens"))
			.andExpect(flash().attribute("problem", containsString("no API token")));
		this.mvc.perform(get("/tokens").with(as("finance")))
			.andExpect(content().string(not(containsString("status reports"))));
		assertThat(active(id)).isTrue();

		this.mvc.perform(get("/tokens").with(user("admin").authorities(() -> "GROUP_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"all-tokens\"")))
			.andExpect(content().string(containsString("status reports")));
		this.mvc
			.perform(
					post("/tokens/" + id + "/revoke").with(user("admin").authorities(() -> "GROUP_admin")).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("of liaison is revoked")));
		assertThat(active(id)).isFalse();
	}

	@Test
	void aPostWithoutCsrfTokenChangesNothing() throws Exception {
		int before = this.tokens.of("legal").size();
		// refused like any form without its CSRF token: back to the login page
		this.mvc.perform(post("/tokens").with(as("legal")).param("name", "forged"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tokens.of("legal")).hasSize(before);
	}

	private boolean active(String id) {
		return this.tokens.of("liaison").stream().anyMatch((token) -> token.id().equals(id) && !token.revoked());
	}

	private static RequestPostProcessor as(String group) {
		return user(group).authorities(() -> "GROUP_" + group);
	}

}
