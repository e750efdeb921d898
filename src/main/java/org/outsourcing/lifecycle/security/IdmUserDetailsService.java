package org.outsourcing.lifecycle.security;

import java.util.List;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Users come from Flowable's IDM tables, so that the engine's candidate groups and the
 * web login are one directory. Each IDM group becomes the authority
 * {@code GROUP_<groupId>}; an account with too many failed logins is reported locked.
 */
@Component
class IdmUserDetailsService implements UserDetailsService {

	private final IdmIdentityService identity;

	private final LoginAttempts loginAttempts;

	IdmUserDetailsService(IdmIdentityService identity, LoginAttempts loginAttempts) {
		this.identity = identity;
		this.loginAttempts = loginAttempts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = this.identity.createUserQuery().userId(username).singleResult();
		if (user == null || user.getPassword() == null) {
			throw new UsernameNotFoundException("No such user");
		}
		List<SimpleGrantedAuthority> authorities = this.identity.createGroupQuery()
			.groupMember(user.getId())
			.list()
			.stream()
			.map((group) -> new SimpleGrantedAuthority(Groups.authority(group.getId())))
			.toList();
		return org.springframework.security.core.userdetails.User.withUsername(user.getId())
			.password(user.getPassword())
			.authorities(authorities)
			.accountLocked(this.loginAttempts.isLocked(user.getId()))
			.build();
	}

}
