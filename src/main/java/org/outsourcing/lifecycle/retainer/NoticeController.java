package org.outsourcing.lifecycle.retainer;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Groups;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Either side gives notice on a running retainer: {@code POST
 * /api/engagements/{engagementId}/notice} with {@code {"givenBy": "company" |
 * "contractor", "reason": "..."}}. Answers the ended retainer; 404 for an unknown
 * engagement, 409 when no retainer runs, 400 naming a bad field.
 */
@RestController
class NoticeController {

	private final RetainerNotices notices;

	private final Retainers retainers;

	NoticeController(RetainerNotices notices, Retainers retainers) {
		this.notices = notices;
		this.retainers = retainers;
	}

	/**
	 * The owner gives notice for the company (or records the contractor's); a contractor
	 * only for themselves, on their own retainer, and any other engagement is unknown to
	 * them.
	 */
	@PostMapping("/api/engagements/{engagementId}/notice")
	RetainerView giveNotice(@PathVariable String engagementId, @RequestBody NoticeRequest request) {
		CurrentUser user = CurrentUser.get();
		boolean staff = user.isIn(Groups.OWNER) || user.isIn(Groups.ADMIN);
		if (!staff) {
			boolean own = this.retainers.active(engagementId)
				.map((retainer) -> retainer.contractorUserId().equals(user.id()))
				.orElse(false);
			if (!own) {
				throw new FlowableObjectNotFoundException("No engagement '" + engagementId + "'");
			}
			if (!"contractor".equals(request.givenBy())) {
				throw new FlowableIllegalArgumentException(
						"givenBy: as the contractor you give notice as 'contractor'");
			}
		}
		return RetainerView.of(this.notices.give(engagementId, request.givenBy(), request.reason()));
	}

	record NoticeRequest(String givenBy, String reason) {
	}

	record RetainerView(long id, String engagementId, String contractorUserId, String monthlyFee, String currency,
			String status, String endsAt, String endedAt, String endReason) {

		static RetainerView of(Retainer retainer) {
			return new RetainerView(retainer.id(), retainer.engagementId(), retainer.contractorUserId(),
					retainer.monthlyFee().toPlainString(), retainer.currency(), retainer.status().name(),
					retainer.endsAt().toString(), (retainer.endedAt() != null) ? retainer.endedAt().toString() : null,
					retainer.endReason());
		}

	}

}
