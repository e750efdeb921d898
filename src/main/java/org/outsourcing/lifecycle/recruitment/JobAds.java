package org.outsourcing.lifecycle.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.outsourcing.lifecycle.core.EngineTime;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ads published for engagements: each publication is a row, reposts included. */
@Service
public class JobAds {

	private static final RowMapper<JobAd> ROW = (rs, n) -> new JobAd(rs.getLong("id"), rs.getString("engagement_id"),
			rs.getInt("publication"), rs.getString("headline"), rs.getString("requirements"),
			rs.getString("preferences"), rs.getString("instruction"), rs.getString("rate_offered"),
			JobAdStatus.valueOf(rs.getString("status")), rs.getString("published_by"),
			rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
			(rs.getTimestamp("closed_at") != null) ? rs.getTimestamp("closed_at").toInstant() : null,
			(rs.getDate("cut_off_date") != null) ? rs.getDate("cut_off_date").toLocalDate() : null,
			rs.getString("compliance_needs"));

	private final JdbcClient jdbc;

	private final EngineTime time;

	JobAds(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional
	JobAd publish(String engagementId, int publication, AdText text, String publishedBy, Instant closesAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO job_ad (engagement_id, publication, headline, requirements, preferences, instruction, "
					+ "rate_offered, status, published_by, published_at, closes_at, cut_off_date, compliance_needs) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)")
			.params(engagementId, publication, text.headline(), text.requirements(), text.preferences(),
					text.instruction(), text.rateOffered(), publishedBy, Timestamp.from(this.time.now()),
					Timestamp.from(closesAt), (text.cutOffDate() != null) ? Date.valueOf(text.cutOffDate()) : null,
					text.complianceNeeds())
			.update(keys, "id");
		return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	@Transactional
	void close(long adId, JobAdStatus status) {
		this.jdbc.sql("UPDATE job_ad SET status = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(status.name(), Timestamp.from(this.time.now()), adId)
			.update();
	}

	/** A closed ad that is not reposted is cancelled. */
	@Transactional
	void cancel(long adId) {
		this.jdbc.sql("UPDATE job_ad SET status = 'CANCELLED', closed_at = COALESCE(closed_at, ?) WHERE id = ?")
			.params(Timestamp.from(this.time.now()), adId)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<JobAd> find(long adId) {
		return this.jdbc.sql("SELECT * FROM job_ad WHERE id = ?").param(adId).query(ROW).optional();
	}

	/**
	 * The ad a task refers to, for form values such as
	 * {@code ${jobAds.get(adId).instruction()}}.
	 */
	@Transactional(readOnly = true)
	public JobAd get(Object adId) {
		return find(Long.parseLong(String.valueOf(adId))).orElseThrow(
				() -> new org.flowable.common.engine.api.FlowableObjectNotFoundException("No ad " + adId, JobAd.class));
	}

	/**
	 * The ads whose application window is open now, soonest closing first: what the
	 * careers page lists. An ad whose window has passed is not listed even before the
	 * engine's timer closes it.
	 */
	@Transactional(readOnly = true)
	public List<JobAd> openNow() {
		return this.jdbc.sql("SELECT * FROM job_ad WHERE status = 'OPEN' AND closes_at > ? ORDER BY closes_at, id")
			.param(Timestamp.from(this.time.now()))
			.query(ROW)
			.list();
	}

	/** The engagement's ad if its application window is open now. */
	@Transactional(readOnly = true)
	public Optional<JobAd> openNow(String engagementId) {
		return open(engagementId).filter((ad) -> ad.closesAt().isAfter(this.time.now()));
	}

	/** The ad of the engagement that accepts applications now, if any. */
	@Transactional(readOnly = true)
	public Optional<JobAd> open(String engagementId) {
		return this.jdbc.sql("SELECT * FROM job_ad WHERE engagement_id = ? AND status = 'OPEN' ORDER BY id DESC")
			.param(engagementId)
			.query(ROW)
			.list()
			.stream()
			.findFirst();
	}

}
