package org.outsourcing.lifecycle.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.idm.api.IdmIdentityService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.security.DirectoryCache.Account;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A user's groups and password hash are remembered between requests, and every change
 * made through the IDM engine takes effect at the next request: a membership removed or
 * added, a new password, a deleted user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class RememberedAccountsTest {

	private static final String TASKS = "/process-api/runtime/tasks";

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory directory;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	DirectoryCache accounts;

	@Test
	void aRememberedAccountIsNotReadAgain() {
		assertThat(new ApiClient(this.port, "owner", DemoUsers.PASSWORD).get(TASKS).status()).isEqualTo(200);
		Account remembered = this.accounts.account("owner", (userId) -> fail("read again"));
		assertThat(remembered.groupIds()).containsExactly(Groups.OWNER);
	}

	@Test
	void everyChangeOfTheDirectoryTakesEffectAtTheNextRequest() {
		this.directory.ensureUser("remembered.user", "first-password-1", "remembered.user@example.com",
				Groups.RECRUITER);
		ApiClient first = new ApiClient(this.port, "remembered.user", "first-password-1");
		assertThat(first.get(TASKS).status()).isEqualTo(200);

		this.identity.deleteMembership("remembered.user", Groups.RECRUITER);
		assertThat(first.get(TASKS).status()).as("in no group of the product").isEqualTo(403);
		this.identity.createMembership("remembered.user", Groups.AUDITOR);
		assertThat(first.get(TASKS).status()).as("auditors list no tasks").isEqualTo(403);
		assertThat(first.get("/process-api/history/historic-process-instances").status()).isEqualTo(200);

		this.directory.changePassword("remembered.user", "second-password-2");
		assertThat(first.get("/process-api/history/historic-process-instances").status()).isEqualTo(401);
		ApiClient second = new ApiClient(this.port, "remembered.user", "second-password-2");
		assertThat(second.get("/process-api/history/historic-process-instances").status()).isEqualTo(200);

		this.identity.deleteUser("remembered.user");
		assertThat(second.get("/process-api/history/historic-process-instances").status()).isEqualTo(401);
	}

	@Test
	void aReadThatOverlapsAChangeIsNotRemembered() {
		AtomicInteger reads = new AtomicInteger();
		Account read = this.accounts.account("overlap", (userId) -> {
			reads.incrementAndGet();
			// the directory changes while this read is under way
			this.accounts.forgetAll();
			return new Account(userId, "hash", List.of(Groups.IT), false, 0);
		});
		assertThat(read.groupIds()).containsExactly(Groups.IT);
		this.accounts.account("overlap", (userId) -> {
			reads.incrementAndGet();
			return new Account(userId, "hash", List.of(Groups.LEGAL), false, 0);
		});
		assertThat(reads).hasValue(2);
	}

}
