package org.outsourcing.lifecycle.security;

import java.time.Duration;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 8 (lockout): anyone could lock {@code admin} out by guessing wrong five
 * times, for a quarter of an hour, again and again; and only existing names were locked,
 * answering faster than a wrong password, so the lockout told which names exist. Failures
 * now count per name and client address, with growing delays, for every name alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class LoginThrottleAttackTest {

	private static final String TASKS = "/process-api/runtime/tasks";

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory directory;

	@Autowired
	EngineDriver engine;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void failuresFromOneAddressDoNotLockTheUserOutElsewhere() {
		this.directory.ensureUser("victim", "right-password", "victim@example.com", Groups.FINANCE);
		ApiClient attacker = new ApiClient(ipv4(), "victim", "wrong-password");
		for (int attempt = 0; attempt < 8; attempt++) {
			assertThat(attacker.get(TASKS).status()).isEqualTo(401);
		}
		assertThat(new ApiClient(ipv4(), "victim", "right-password").get(TASKS).status())
			.as("the attacker's address waits")
			.isEqualTo(401);
		ApiClient victimElsewhere = new ApiClient("http://[::1]:" + this.port, "victim", "right-password");
		assertThat(victimElsewhere.get(TASKS).status()).as("the victim, from another address, signs in").isEqualTo(200);
	}

	@Test
	void theWaitGrowsWithEachFailureInsteadOfLockingForLong() {
		this.directory.ensureUser("forgetful", "right-password", "forgetful@example.com", Groups.FINANCE);
		ApiClient wrong = new ApiClient(ipv4(), "forgetful", "wrong-password");
		ApiClient right = new ApiClient(ipv4(), "forgetful", "right-password");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(wrong.get(TASKS).status()).isEqualTo(401);
		}
		assertThat(right.get(TASKS).status()).as("waiting").isEqualTo(401);
		later(Duration.ofSeconds(3));
		assertThat(right.get(TASKS).status()).as("a short wait after the first failures").isEqualTo(200);
	}

	@Test
	void unknownNamesAreCountedLikeKnownOnes() {
		this.directory.ensureUser("known.name", "right-password", "known@example.com", Groups.FINANCE);
		for (String name : new String[] { "known.name", "no.such.name" }) {
			ApiClient wrong = new ApiClient(this.port, name, "wrong-password");
			for (int attempt = 0; attempt < 5; attempt++) {
				assertThat(wrong.get(TASKS).status()).isEqualTo(401);
			}
		}
		assertThat(this.jdbc
			.queryForObject("select count(*) from login_throttle where user_id in ('known.name', 'no.such.name') "
					+ "and blocked_until is not null", Integer.class))
			.isEqualTo(2);
	}

	/**
	 * The loopback address 127.0.0.1; {@code [::1]} is the same machine seen elsewhere.
	 */
	private String ipv4() {
		return "http://127.0.0.1:" + this.port;
	}

	private void later(Duration duration) {
		this.engine.clock().setCurrentTime(Date.from(this.engine.clock().getCurrentTime().toInstant().plus(duration)));
	}

}
