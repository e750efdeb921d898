package org.outsourcing.lifecycle.retainer;

import org.outsourcing.lifecycle.engagement.EngagementWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A withdrawn engagement's running retainer ends, with the owner's reason. */
@Component
class EndRetainerOnWithdrawal {

	private final Retainers retainers;

	EndRetainerOnWithdrawal(Retainers retainers) {
		this.retainers = retainers;
	}

	@EventListener
	void withdrawn(EngagementWithdrawn withdrawal) {
		this.retainers.active(withdrawal.engagementId())
			.ifPresent((retainer) -> this.retainers.end(retainer.id(), "Engagement withdrawn: " + withdrawal.reason()));
	}

}
