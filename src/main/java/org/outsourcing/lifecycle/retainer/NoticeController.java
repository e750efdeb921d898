package org.outsourcing.lifecycle.retainer;

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

	NoticeController(RetainerNotices notices) {
		this.notices = notices;
	}

	@PostMapping("/api/engagements/{engagementId}/notice")
	RetainerView giveNotice(@PathVariable String engagementId, @RequestBody NoticeRequest request) {
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
