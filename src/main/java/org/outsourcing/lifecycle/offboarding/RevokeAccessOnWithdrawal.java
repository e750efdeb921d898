package org.outsourcing.lifecycle.offboarding;

import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.engagement.EngagementWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn engagement leaves no access behind, like one that went through offboarding:
 * every grant still active is revoked in the withdrawal's transaction (and audited).
 */
@Component
class RevokeAccessOnWithdrawal {

	private final AccessRegister access;

	RevokeAccessOnWithdrawal(AccessRegister access) {
		this.access = access;
	}

	@EventListener
	void withdrawn(EngagementWithdrawn withdrawal) {
		if (!this.access.activeGrants(withdrawal.engagementId()).isEmpty()) {
			this.access.revokeAll(withdrawal.engagementId(), withdrawal.withdrawnBy());
		}
	}

}
