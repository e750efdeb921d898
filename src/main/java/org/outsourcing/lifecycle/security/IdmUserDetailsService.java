package org.outsourcing.lifecycle.security;

import java.util.List;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.Group;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.Groups;
import org.outsourcing.lifecycle.security.DirectoryCache.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Users come from Flowable's IDM tables, so that the engine's candidate groups and the
 * web login are one directory. Each IDM group becomes the authority
 * {@code GROUP_<groupId>}. The user and their groups are remembered between requests
 * ({@link DirectoryCache}); the lockout is read at every request.
 *
 * <p>
 * A name that must wait after failed logins from this client address
 * ({@link LoginAttempts}) is reported as not found: Spring Security then checks the
 * password against a dummy hash and answers exactly as for a wrong password, in the same
 * time, whether the name exists or not.
 */
@Component
class IdmUserDetailsService implements UserDetailsService {

	private final IdmIdentityService identity;

	private final LoginAttempts loginAttempts;

	private final DirectoryCache accounts;

	IdmUserDetailsService(IdmIdentityService identity, LoginAttempts loginAttempts, DirectoryCache accounts) {
		this.identity = identity;
		this.loginAttempts = loginAttempts;
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (this.loginAttempts.isBlocked(username, clientAddress())) {
			throw new UsernameNotFoundException("No such user");
		}
		Account account = this.accounts.account(username, this::read);
		if (account == null || account.passwordHash() == null) {
			throw new UsernameNotFoundException("No such user");
		}
		return details(account);
	}

	/**
	 * The account as the directory has it now (remembered, not throttled): for a session
	 * that signed in before, {@link SignedInAccountCheck}.
	 */
	UserDetails currentAccount(String username) {
		Account account = this.accounts.account(username, this::read);
		if (account == null) {
			throw new UsernameNotFoundException("No such user");
		}
		return details(account);
	}

	private static UserDetails details(Account account) {
		// a new object each time: Spring Security erases the password of the one it used
		return org.springframework.security.core.userdetails.User.withUsername(account.id())
			.password((account.passwordHash() != null) ? account.passwordHash() : "")
			.authorities(account.groupIds().stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList())
			// Spring Security refuses a disabled user on every way in: form, Basic, token
			.disabled(account.disabled())
			.build();
	}

	private Account read(String username) {
		User user = this.identity.createUserQuery().userId(username).singleResult();
		if (user == null) {
			return null;
		}
		List<String> groups = this.identity.createGroupQuery()
			.groupMember(user.getId())
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return new Account(user.getId(), user.getPassword(), groups,
				this.identity.getUserInfo(user.getId(), DisabledAccounts.INFO_KEY) != null, 0);
	}

	/** The address of the request being authenticated (as Spring Security records it). */
	private static String clientAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : null;
	}

}
