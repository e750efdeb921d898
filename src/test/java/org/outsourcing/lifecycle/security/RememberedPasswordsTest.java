package org.outsourcing.lifecycle.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A password is verified once and then remembered; what must take effect at once (a new
 * password, a lockout, other groups) does, and a failure is never remembered.
 */
class RememberedPasswordsTest {

	private final CountingEncoder encoder = new CountingEncoder();

	private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("recruiter")
		.password(this.encoder.encode("demo"))
		.authorities("GROUP_recruiter")
		.build());

	private final RememberingAuthenticationProvider provider = new RememberingAuthenticationProvider(this.users,
			this.encoder,
			new SecurityProperties(null, 5, Duration.ofMinutes(15), 4, Duration.ofMinutes(5), Duration.ofSeconds(30)));

	@Test
	void aVerifiedPasswordIsNotVerifiedAgain() {
		login("recruiter", "demo");
		login("recruiter", "demo");
		login("recruiter", "demo");
		assertThat(this.encoder.checks.get()).isOne();
		assertThat(this.provider.remembered()).isOne();
	}

	@Test
	void aWrongPasswordIsVerifiedEveryTimeAndNeverRemembered() {
		login("recruiter", "demo");
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("recruiter", "wrong"));
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("recruiter", "wrong"));
		assertThat(this.encoder.checks.get()).isEqualTo(3);
	}

	@Test
	void aFailedAttemptForgetsTheUser() {
		login("recruiter", "demo");
		this.provider.failed(new AuthenticationFailureBadCredentialsEvent(
				UsernamePasswordAuthenticationToken.unauthenticated("recruiter", "wrong"),
				new BadCredentialsException("Bad credentials")));
		assertThat(this.provider.remembered()).isZero();
		login("recruiter", "demo");
		assertThat(this.encoder.checks.get()).isEqualTo(2);
	}

	@Test
	void aChangedPasswordRefusesTheRememberedOne() {
		login("recruiter", "demo");
		this.users.updateUser(User.withUsername("recruiter")
			.password(this.encoder.encode("new secret"))
			.authorities("GROUP_recruiter")
			.build());
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("recruiter", "demo"));
		assertThat(login("recruiter", "new secret").isAuthenticated()).isTrue();
	}

	@Test
	void aLockedAccountIsRefusedEvenWithARememberedPassword() {
		login("recruiter", "demo");
		String hash = this.users.loadUserByUsername("recruiter").getPassword();
		this.users.updateUser(User.withUsername("recruiter")
			.password(hash)
			.authorities("GROUP_recruiter")
			.accountLocked(true)
			.build());
		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> login("recruiter", "demo"));
	}

	@Test
	void groupsAreReadAtEveryRequest() {
		login("recruiter", "demo");
		String hash = this.users.loadUserByUsername("recruiter").getPassword();
		this.users.updateUser(User.withUsername("recruiter").password(hash).authorities("GROUP_finance").build());
		Authentication again = login("recruiter", "demo");
		assertThat(again.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("GROUP_finance");
		assertThat(this.encoder.checks.get()).as("the password itself was still remembered").isOne();
	}

	@Test
	void anotherUserWithTheSamePasswordIsVerifiedOnItsOwn() {
		this.users.createUser(User.withUsername("finance")
			.password(this.encoder.encode("demo"))
			.authorities("GROUP_finance")
			.build());
		login("recruiter", "demo");
		login("finance", "demo");
		assertThat(this.encoder.checks.get()).isEqualTo(2);
	}

	private Authentication login(String user, String password) {
		return this.provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
	}

	/** BCrypt at its cheapest cost, counting the password checks. */
	private static final class CountingEncoder implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
