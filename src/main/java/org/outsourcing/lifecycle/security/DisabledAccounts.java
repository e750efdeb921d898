package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.IdmIdentityService;

import org.springframework.stereotype.Component;

/**
 * Accounts an admin disabled: they keep their tasks, groups and password, but cannot sign
 * in by the form, HTTP Basic or an API token (the user's details say disabled,
 * {@link IdmUserDetailsService}). Kept as the user's IDM info {@value #INFO_KEY}, so the
 * directory stays the one place for accounts; the remembered accounts are forgotten at
 * once ({@link DirectoryCache}).
 */
@Component
public class DisabledAccounts {

	static final String INFO_KEY = "lifecycle.disabled";

	private final IdmIdentityService identity;

	private final DirectoryCache cache;

	DisabledAccounts(IdmIdentityService identity, DirectoryCache cache) {
		this.identity = identity;
		this.cache = cache;
	}

	public boolean isDisabled(String userId) {
		return this.identity.getUserInfo(userId, INFO_KEY) != null;
	}

	public void disable(String userId) {
		this.identity.setUserInfo(userId, INFO_KEY, "true");
		this.cache.forgetAll();
	}

	public void enable(String userId) {
		this.identity.deleteUserInfo(userId, INFO_KEY);
		this.cache.forgetAll();
	}

	/** After a change of groups or details: the next request reads the user again. */
	public void forgetRemembered() {
		this.cache.forgetAll();
	}

}
