package org.outsourcing.lifecycle.engagement;

import java.util.Map;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class OutsourcingEngagementProcessTest {

	@Autowired
	EngineDriver engine;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	Engagements engagements;

	@Autowired
	AccessRegister accessRegister;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void securityWorkIsRefusedBeforeAnythingIsAdvertised() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", true));

		assertThat(this.engine.activitiesPassed(engagement.getId())).containsExactly("engagementRequested",
				"defineTheWork", "workDefinedGateway", "engagementNotStarted");
		Engagement record = this.engagements.find(engagement.getId()).orElseThrow();
		assertThat(record.status()).isEqualTo(EngagementStatus.REFUSED);
		assertThat(record.statusReason()).contains("security is not outsourced");
	}

	@Test
	void anEngagementNobodyAppliesToIsCancelledAfterTheReposts() {
		ProcessInstance engagement = this.lifecycle.start(LifecycleDriver.definition("none", false));
		this.lifecycle.publishAd(engagement.getId());
		for (int window = 0; window < 3; window++) {
			this.lifecycle.closeApplicationWindow();
		}

		assertThat(this.engine.activitiesPassed(engagement.getId())).containsExactly("engagementRequested",
				"defineTheWork", "workDefinedGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"cancelledJoin", "cancelEngagement", "engagementCancelled");
		Engagement record = this.engagements.find(engagement.getId()).orElseThrow();
		assertThat(record.status()).isEqualTo(EngagementStatus.CANCELLED);
		assertThat(record.statusReason()).isEqualTo("Nobody applied, also after the reposts");
	}

	@Test
	void nobodySelectedLeadsToANewAdUntilNoRoundIsLeft() {
		Map<String, Object> definition = LifecycleDriver.definition("none", false);
		definition.put("maxRecruitmentRounds", 2);
		ProcessInstance engagement = this.lifecycle.start(definition);
		String id = engagement.getId();

		this.lifecycle.publishAd(id);
		this.lifecycle.apply(id, "contractor", "contractor2");
		this.lifecycle.closeApplicationWindow();
		this.lifecycle.screenAll(id, true);
		this.lifecycle.interviewAll(id);
		this.lifecycle.select(id, null);
		assertThat(this.engine.openTaskKeys(id)).containsExactly("writeAd");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.contains("Round 1 ended without a hire (nobody selected)");

		this.lifecycle.publishAd(id);
		this.lifecycle.apply(id, "applicant3");
		this.lifecycle.closeApplicationWindow();
		this.lifecycle.screenAll(id, false);

		assertThat(this.engine.activitiesPassed(id)).containsExactly("engagementRequested", "defineTheWork",
				"workDefinedGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"screenApplications", "shortlistGateway", "interviewCandidates", "selectedGateway", "noHireJoin",
				"startNewRound", "roundsLeftGateway", "recruitmentRoundJoin", "advertiseWork", "applicationsGateway",
				"screenApplications", "shortlistGateway", "noHireJoin", "startNewRound", "roundsLeftGateway",
				"cancelledJoin", "cancelEngagement", "engagementCancelled");
		assertThat(this.engagements.find(id).orElseThrow().statusReason())
			.isEqualTo("No hire after 2 recruitment rounds");
		assertThat(this.accessRegister.grants(id)).isEmpty();
	}

}
