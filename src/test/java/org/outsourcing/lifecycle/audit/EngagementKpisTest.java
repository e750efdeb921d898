package org.outsourcing.lifecycle.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * KPIs over generated engagements, checked against values worked out by hand. The
 * lifecycle is a small test-only model with the ids the real stages commit to; the
 * engagements live in March 2031, away from what other tests leave behind.
 */
@SpringBootTest
class EngagementKpisTest {

	private static final KpiRange MARCH = new KpiRange(LocalDate.parse("2031-03-01"), LocalDate.parse("2031-03-31"));

	@Autowired
	EngagementKpis kpis;

	@Autowired
	EngineDriver engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private String deploymentId;

	@AfterEach
	void removeGeneratedData() {
		if (this.deploymentId != null) {
			// The test models share keys with the real stages: they must not outlive the
			// test.
			this.repository.deleteDeployment(this.deploymentId, true);
		}
		this.jdbc.sql("DELETE FROM engagement WHERE id LIKE 'kpi-%'").update();
		this.engine.resetClock();
	}

	@Test
	void kpisOfGeneratedEngagementsEqualTheValuesWorkedOutByHand() {
		// Timers other tests left behind fire now, in February, outside the range.
		at("2031-02-01T00:00:00Z");
		Map<String, KpiReport.TaskLoad> tasksBefore = this.kpis.report(MARCH).tasksByGroup();
		this.deploymentId = this.repository.createDeployment()
			.disableBpmnValidation()
			.addClasspathResource("audit/kpiLifecycle.bpmn20.xml")
			.name("KPI test lifecycle")
			.deploy()
			.getId();
		engagementRecord("kpi-archived-1", "ARCHIVED", "2031-03-10T12:00:00Z");
		engagementRecord("kpi-archived-2", "ARCHIVED", "2031-03-31T23:59:00Z");
		engagementRecord("kpi-archived-before", "ARCHIVED", "2031-02-28T23:59:00Z");
		engagementRecord("kpi-refused", "REFUSED", "2031-03-01T00:00:00Z");
		engagementRecord("kpi-refused-after", "REFUSED", "2031-04-01T00:00:00Z");
		engagementRecord("kpi-active", "ACTIVE", "2031-03-15T00:00:00Z");

		// F runs entirely in February: counted nowhere.
		at("2031-02-27T09:00:00Z");
		String f = start();
		at("2031-02-28T09:00:00Z");
		sign(f);
		at("2031-02-28T10:00:00Z");
		review(f, "accepted");

		at("2031-03-02T09:00:00Z");
		String a = start();
		String b = start();
		String c = start();
		String d = start();
		String h = start();
		at("2031-03-03T09:00:00Z");
		sign(a); // 1 day
		sign(h); // 1 day
		at("2031-03-03T15:00:00Z");
		review(a, "accepted");
		review(h, "failed");
		at("2031-03-04T10:00:00Z"); // signature reminders of b, c and d (due 03-04 09:00)
		at("2031-03-05T10:00:00Z");
		sign(b); // 3 days 1 hour
		at("2031-03-05T12:00:00Z");
		sign(d); // 3 days 3 hours
		at("2031-03-06T11:00:00Z"); // review reminder of b (due 03-06 10:00)
		review(b, "rejected");
		at("2031-03-07T10:00:00Z"); // offer of c expires (03-07 09:00), review reminder
									// of d (03-06 12:00)
		start(); // e: waits for the contractor's signature, due 03-12

		KpiReport report = this.kpis.report(MARCH);

		assertThat(report.engagements()).isEqualTo(new KpiReport.EngagementCounts(6, 4, 2, 1));
		// Sorted times to hire: 1d, 1d, 3d1h, 3d3h. Median: mean of the middle two; p90:
		// rank ceil(3.6) = 4.
		assertThat(report.timeToHire().hires()).isEqualTo(4);
		// The test clock keeps ticking between steps: a minute's tolerance.
		assertThat(report.timeToHire().median()).isBetween(Duration.parse("PT48H29M"), Duration.parse("PT48H31M"));
		assertThat(report.timeToHire().p90()).isBetween(Duration.parse("PT74H59M"), Duration.parse("PT75H1M"));
		assertThat(report.timeToHire().medianDays()).isCloseTo(2.02, within(0.01));
		assertThat(report.timeToHire().p90Days()).isCloseTo(3.125, within(0.01));
		assertThat(report.trials()).isEqualTo(new KpiReport.TrialResults(1, 1, 1, 0.3333));
		// contract: reminders of b, c, d and the expiry of c; trialTask: reminders of b
		// and d.
		assertThat(report.deadlinesBreachedByStage()).containsEntry("contract", 4L).containsEntry("trialTask", 2L);
		// Open now: e's signature (the contractor's, not overdue) and d's review (owner,
		// overdue).
		assertThat(added(tasksBefore, report.tasksByGroup())).isEqualTo(
				Map.of(EngagementKpis.NO_GROUP, new KpiReport.TaskLoad(1, 0), "owner", new KpiReport.TaskLoad(1, 1)));
	}

	@Test
	void aRangeWithoutActivityHasZeroCountsAndNoRates() {
		KpiReport report = this.kpis.report(new KpiRange(LocalDate.parse("1999-01-01"), LocalDate.parse("1999-01-31")));

		assertThat(report.engagements()).isEqualTo(new KpiReport.EngagementCounts(0, 0, 0, 0));
		assertThat(report.timeToHire()).isEqualTo(new KpiReport.TimeToHire(0, null, null, null, null));
		assertThat(report.trials().passRate()).isNull();
		assertThat(report.deadlinesBreachedByStage()).isEmpty();
	}

	@Test
	void percentilesFollowTheirDefinitions() {
		List<Duration> odd = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(9));
		assertThat(Percentiles.median(odd)).isEqualTo(Duration.ofHours(2));
		assertThat(Percentiles.nearestRank(odd, 90)).isEqualTo(Duration.ofHours(9));
		List<Duration> ten = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofDays).toList();
		assertThat(Percentiles.median(ten)).isEqualTo(Duration.ofHours(132));
		assertThat(Percentiles.nearestRank(ten, 90)).isEqualTo(Duration.ofDays(9));
		assertThat(Percentiles.nearestRank(List.of(Duration.ofDays(4)), 90)).isEqualTo(Duration.ofDays(4));
	}

	@Test
	void timesToHireAreWrittenAsIsoDurations() throws Exception {
		KpiReport.TimeToHire times = Percentiles.timeToHire(List.of(Duration.parse("PT48H30M")));

		assertThat(this.json.writeValueAsString(times)).isEqualTo(
				"{\"hires\":1,\"median\":\"PT48H30M\",\"p90\":\"PT48H30M\",\"medianDays\":2.02,\"p90Days\":2.02}");
	}

	private void at(String instant) {
		this.engine.clock().setCurrentTime(Date.from(Instant.parse(instant)));
		this.engine.runDueJobs();
	}

	private String start() {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("outsourcingEngagement")
			.variables(Map.of("contractorUserId", "contractor", "signed", false))
			.start()
			.getId();
	}

	private void sign(String engagement) {
		this.engine.complete(engagement, "signContract", "contractor", Map.of("signed", true));
	}

	private void review(String engagement, String outcome) {
		this.engine.complete(engagement, "reviewTrial", "owner", Map.of("trialOutcome", outcome));
	}

	private void engagementRecord(String id, String status, String changedAt) {
		Timestamp time = Timestamp.from(Instant.parse(changedAt));
		this.jdbc
			.sql("INSERT INTO engagement (id, title, status, created_at, updated_at) VALUES (?, 'KPI test', ?, ?, ?)")
			.params(id, status, time, time)
			.update();
	}

	private static Map<String, KpiReport.TaskLoad> added(Map<String, KpiReport.TaskLoad> before,
			Map<String, KpiReport.TaskLoad> after) {
		Map<String, KpiReport.TaskLoad> added = new HashMap<>();
		after.forEach((group, load) -> {
			KpiReport.TaskLoad was = before.getOrDefault(group, new KpiReport.TaskLoad(0, 0));
			if (!load.equals(was)) {
				added.put(group, new KpiReport.TaskLoad(load.open() - was.open(), load.overdue() - was.overdue()));
			}
		});
		return added;
	}

}
