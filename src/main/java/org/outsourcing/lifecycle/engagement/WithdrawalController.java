package org.outsourcing.lifecycle.engagement;

import java.util.Map;

import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/engagements/{engagementId}/withdrawal} with {@code {"reason": "..."}}:
 * an owner withdraws a running engagement at any stage. Answers the engagement's status;
 * 404 unknown engagement, 403 not an owner, 409 ended, 400 naming {@code reason}.
 */
@RestController
class WithdrawalController {

	private final EngagementWithdrawals withdrawals;

	private final Engagements engagements;

	WithdrawalController(EngagementWithdrawals withdrawals, Engagements engagements) {
		this.withdrawals = withdrawals;
		this.engagements = engagements;
	}

	@PostMapping("/api/engagements/{engagementId}/withdrawal")
	Map<String, Object> withdraw(@PathVariable String engagementId, @RequestBody Map<String, Object> body) {
		CurrentUser user = CurrentUser.get();
		Object reason = body.get("reason");
		this.withdrawals.withdraw(engagementId, (reason != null) ? reason.toString() : null, user.id(),
				user.isIn(EngagementWithdrawals.OWNER_GROUP));
		Engagement engagement = this.engagements.find(engagementId).orElse(null);
		return Map.of("engagementId", engagementId, "status",
				(engagement != null) ? engagement.status().name() : EngagementStatus.WITHDRAWN.name());
	}

}
