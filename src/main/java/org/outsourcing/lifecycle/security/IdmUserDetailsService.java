package org.outsourcing.lifecycle.security;

import java.util.List;

import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.core.Groups;
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
 * {@code GROUP_<groupId>}.
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

	IdmUserDetailsService(IdmIdentityService identity, LoginAttempts loginAttempts) {
		this.identity = identity;
		this.loginAttempts = loginAttempts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (this.loginAttempts.isBlocked(username, clientAddress())) {
			throw new UsernameNotFoundException("No such user");
		}
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
			.build();
	}

	/** The address of the request being authenticated (as Spring Security records it). */
	private static String clientAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : null;
	}

}
