package org.outsourcing.lifecycle.offboarding;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * IT revoked the contractor's access: every grant the register still holds as active is
 * closed, by the IT user who did it.
 */
@Component("recordRevocation")
class RecordRevocation implements JavaDelegate {

	private final AccessRegister register;

	private final Offboardings offboardings;

	RecordRevocation(AccessRegister register, Offboardings offboardings) {
		this.register = register;
		this.offboardings = offboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String engagementId = EngagementVariables.engagementId(execution);
		String revokedBy = CurrentUser.actorId();
		int revoked = this.register.revokeAll(engagementId, revokedBy);
		this.offboardings.accessRevoked(engagementId, revokedBy, revoked);
	}

}
