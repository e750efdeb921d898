package org.outsourcing.lifecycle.recruitment;

import org.outsourcing.lifecycle.engagement.EngagementWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A withdrawn engagement's open ad is cancelled: nobody can apply to it any more. */
@Component
class CancelAdOnWithdrawal {

	private final JobAds ads;

	CancelAdOnWithdrawal(JobAds ads) {
		this.ads = ads;
	}

	@EventListener
	void withdrawn(EngagementWithdrawn withdrawal) {
		this.ads.open(withdrawal.engagementId()).ifPresent((ad) -> this.ads.cancel(ad.id()));
	}

}
