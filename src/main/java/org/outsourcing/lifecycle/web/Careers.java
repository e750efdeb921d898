package org.outsourcing.lifecycle.web;

import java.util.List;
import java.util.Optional;

import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.forms.FormDefinition;
import org.outsourcing.lifecycle.forms.FormRegistry;
import org.outsourcing.lifecycle.recruitment.JobAd;
import org.outsourcing.lifecycle.recruitment.JobAds;

import org.springframework.stereotype.Component;

/**
 * The open ads for the public careers page, each with what an applicant must know before
 * applying. Only ads whose application window is open now; nothing of the engagement
 * beyond what its ad and its compliance needs say.
 */
@Component
class Careers {

	private static final String WORK_DEFINITION_FORM = "defineWork";

	private final JobAds ads;

	private final Engagements engagements;

	private final FormRegistry forms;

	Careers(JobAds ads, Engagements engagements, FormRegistry forms) {
		this.ads = ads;
		this.engagements = engagements;
		this.forms = forms;
	}

	List<CareerAd> open() {
		return this.ads.openNow().stream().map(this::view).toList();
	}

	Optional<CareerAd> open(String engagementId) {
		return this.ads.openNow(engagementId).map(this::view);
	}

	private CareerAd view(JobAd ad) {
		Optional<Engagement> engagement = this.engagements.find(ad.engagementId());
		String sensitivity = engagement.map(Engagement::dataSensitivity).orElse(null);
		return new CareerAd(ad.engagementId(), ad.headline(), engagement.map(Engagement::title).orElse(null),
				ad.requirements(), ad.preferences(), ad.instruction(), ad.rateOffered(), ad.cutOffDate(), ad.closesAt(),
				dataHandled(sensitivity), ad.complianceNeeds());
	}

	/** The option's label ("Customer personal data"), none for work without such data. */
	private String dataHandled(String sensitivity) {
		if (sensitivity == null || "none".equals(sensitivity)) {
			return null;
		}
		FormDefinition definition = this.forms.get(WORK_DEFINITION_FORM);
		return definition.field(EngagementVariables.DATA_SENSITIVITY)
			.map(definition::options)
			.flatMap((options) -> options.stream()
				.filter((option) -> sensitivity.equals(option.getId()))
				.map((option) -> option.getName())
				.findFirst())
			.orElse(sensitivity);
	}

}
