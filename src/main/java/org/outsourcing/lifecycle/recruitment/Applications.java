package org.outsourcing.lifecycle.recruitment;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.engagement.Budgets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications of an engagement and their way through screening, interviews and
 * selection. Status changes name the status they expect, so a decision is never applied
 * twice.
 */
@Service
public class Applications {

	private static final RowMapper<Application> ROW = (rs, n) -> new Application(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getLong("job_ad_id"), rs.getString("applicant_user_id"),
			rs.getString("applicant_name"), rs.getString("email"), rs.getString("cover_letter"),
			rs.getString("samples_url"), rs.getString("instruction_answer"), rs.getBigDecimal("hourly_rate"),
			rs.getString("time_zone"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
			(Integer) rs.getObject("screening_score", Integer.class),
			(Integer) rs.getObject("interview_score", Integer.class), rs.getTimestamp("submitted_at").toInstant());

	private final JdbcClient jdbc;

	private final EngineTime time;

	Applications(JdbcClient jdbc, EngineTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional
	Application submit(JobAd ad, NewApplication application) {
		Timestamp now = Timestamp.from(this.time.now());
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("INSERT INTO application (engagement_id, job_ad_id, applicant_user_id, applicant_name, email, "
						+ "cover_letter, samples_url, instruction_answer, hourly_rate, time_zone, status, submitted_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
				.params(ad.engagementId(), ad.id(), application.applicantUserId(), application.applicantName(),
						application.email(), application.coverLetter(), application.samplesUrl(),
						application.instructionAnswer(), application.hourlyRate(), application.timeZone(), now, now)
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyAppliedException(application.applicantUserId());
		}
		return get(keys.getKeyAs(Number.class).longValue());
	}

	/** Everything this person applied for, newest first: what their inbox shows them. */
	@Transactional(readOnly = true)
	public List<Application> ofApplicant(String applicantUserId) {
		return this.jdbc
			.sql("SELECT * FROM application WHERE applicant_user_id = ? ORDER BY submitted_at DESC, id DESC")
			.param(applicantUserId)
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Application> find(long applicationId) {
		return this.jdbc.sql("SELECT * FROM application WHERE id = ?").param(applicationId).query(ROW).optional();
	}

	/**
	 * The application a task works on; models read it in form values such as
	 * {@code ${applications.get(applicationId).applicantName()}}.
	 */
	@Transactional(readOnly = true)
	public Application get(Object applicationId) {
		long id;
		try {
			id = Long.parseLong(String.valueOf(applicationId));
		}
		catch (NumberFormatException ex) {
			throw new FlowableIllegalArgumentException("applicationId: '" + applicationId + "' is not a number");
		}
		return find(id)
			.orElseThrow(() -> new FlowableObjectNotFoundException("No application " + id, Application.class));
	}

	@Transactional(readOnly = true)
	public List<Application> forEngagement(String engagementId) {
		return this.jdbc.sql("SELECT * FROM application WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Application> forAd(long adId, ApplicationStatus status) {
		return this.jdbc.sql("SELECT * FROM application WHERE job_ad_id = ? AND status = ? ORDER BY id")
			.params(adId, status.name())
			.query(ROW)
			.list();
	}

	/**
	 * The ids of the applications of an ad still to be screened, for multi-instance
	 * screening.
	 */
	@Transactional(readOnly = true)
	public List<String> toScreen(Object adId) {
		return ids(forAd(Long.parseLong(String.valueOf(adId)), ApplicationStatus.SUBMITTED));
	}

	/**
	 * The ids of the shortlisted applications of an ad, for multi-instance interviews.
	 */
	@Transactional(readOnly = true)
	public List<String> shortlisted(Object adId) {
		return ids(forAd(Long.parseLong(String.valueOf(adId)), ApplicationStatus.SHORTLISTED));
	}

	@Transactional(readOnly = true)
	public int count(long adId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM application WHERE job_ad_id = ?")
			.param(adId)
			.query(Integer.class)
			.single();
	}

	/** The interviewed candidates of an ad, best interview score first. */
	@Transactional(readOnly = true)
	public List<Application> ranking(long adId) {
		return this.jdbc
			.sql("SELECT * FROM application WHERE job_ad_id = ? AND status IN ('INTERVIEWED', 'SELECTED') "
					+ "ORDER BY interview_score DESC, screening_score DESC, submitted_at")
			.param(adId)
			.query(ROW)
			.list();
	}

	/**
	 * Whether an interviewer recommended not to hire the candidate: such a candidate is
	 * never offered the contract.
	 */
	@Transactional(readOnly = true)
	public boolean markedDoNotHire(long applicationId) {
		return scorecards(applicationId).stream().anyMatch(Scorecard::doNotHire);
	}

	@Transactional(readOnly = true)
	public boolean hasInterviewed(Object adId) {
		return !ranking(Long.parseLong(String.valueOf(adId))).isEmpty();
	}

	/**
	 * What the candidate asked for in their application, for the owner to set next to the
	 * budget when selecting and offering; "not stated" when they gave no rate.
	 */
	@Transactional(readOnly = true)
	public String askedRate(Object adId, Object applicantUserId) {
		if (adId == null || applicantUserId == null) {
			return null;
		}
		return this.jdbc.sql("SELECT * FROM application WHERE job_ad_id = ? AND applicant_user_id = ? ORDER BY id DESC")
			.param(Long.parseLong(String.valueOf(adId)))
			.param(String.valueOf(applicantUserId))
			.query(ROW)
			.list()
			.stream()
			.findFirst()
			.map(Applications::rate)
			.orElse(null);
	}

	private static String rate(Application application) {
		return (application.hourlyRate() != null)
				? application.hourlyRate().toPlainString() + " " + Budgets.CURRENCY + " an hour" : "no rate stated";
	}

	/**
	 * The interviewed candidates the owner may select, best first, user id to name (the
	 * options of the selection): not those an interviewer marked "do not hire".
	 */
	@Transactional(readOnly = true)
	public Map<String, String> selectable(Object adId) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Application candidate : ranking(Long.parseLong(String.valueOf(adId)))) {
			if (!markedDoNotHire(candidate.id())) {
				options.put(candidate.applicantUserId(), optionName(candidate));
			}
		}
		return options;
	}

	/**
	 * The candidates still in line after a lost offer (user ids separated by commas, best
	 * first, as the selection left them), user id to name: the options of the owner's
	 * next choice.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> inLine(Object adId, Object candidateRanking) {
		Map<String, Application> interviewed = new LinkedHashMap<>();
		if (adId != null) {
			ranking(Long.parseLong(String.valueOf(adId)))
				.forEach((candidate) -> interviewed.put(candidate.applicantUserId(), candidate));
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String userId : String.valueOf((candidateRanking != null) ? candidateRanking : "").split(",")) {
			String id = userId.strip();
			if (!id.isEmpty()) {
				options.put(id, interviewed.containsKey(id) ? optionName(interviewed.get(id)) : id);
			}
		}
		return options;
	}

	private static String optionName(Application candidate) {
		return candidate.applicantName() + " (" + candidate.applicantUserId() + "), interview score "
				+ candidate.interviewScore() + "/15, asks " + rate(candidate);
	}

	/** The interviewed candidates as the owner reads them when selecting, best first. */
	@Transactional(readOnly = true)
	public String rankingSummary(Object adId) {
		List<Application> ranking = ranking(Long.parseLong(String.valueOf(adId)));
		if (ranking.isEmpty()) {
			return "Nobody was interviewed.";
		}
		StringBuilder summary = new StringBuilder();
		for (Application candidate : ranking) {
			List<Scorecard> cards = scorecards(candidate.id());
			summary.append(candidate.applicantUserId())
				.append(": ")
				.append(candidate.applicantName())
				.append(", asks ")
				.append(rate(candidate))
				.append(", interview score ")
				.append(candidate.interviewScore())
				.append("/15");
			cards.forEach((card) -> summary.append(", ")
				.append(card.interviewer())
				.append(" recommends ")
				.append(card.recommendation()));
			if (cards.stream().anyMatch(Scorecard::doNotHire)) {
				summary.append(" (cannot be selected)");
			}
			summary.append('\n');
		}
		return summary.toString().trim();
	}

	@Transactional
	void changeStatus(long applicationId, ApplicationStatus expected, ApplicationStatus status, String reason) {
		int changed = this.jdbc
			.sql("UPDATE application SET status = ?, status_reason = ?, updated_at = ? WHERE id = ? AND status = ?")
			.params(status.name(), reason, Timestamp.from(this.time.now()), applicationId, expected.name())
			.update();
		if (changed == 0) {
			throw new FlowableException("Application " + applicationId + " is " + get(applicationId).status() + ", not "
					+ expected + "; it cannot become " + status);
		}
	}

	@Transactional
	void screened(long applicationId, boolean passed, int score, String reason) {
		changeStatus(applicationId, ApplicationStatus.SUBMITTED,
				passed ? ApplicationStatus.PASSED : ApplicationStatus.REJECTED, reason);
		this.jdbc.sql("UPDATE application SET screening_score = ? WHERE id = ?").params(score, applicationId).update();
	}

	@Transactional
	void interviewed(long applicationId, Scorecard scorecard) {
		this.jdbc
			.sql("INSERT INTO scorecard (application_id, interviewer, work_ethic, skills, communication, "
					+ "recommendation, notes, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(applicationId, scorecard.interviewer(), scorecard.workEthic(), scorecard.skills(),
					scorecard.communication(), scorecard.recommendation(), scorecard.notes(),
					Timestamp.from(this.time.now()))
			.update();
		changeStatus(applicationId, ApplicationStatus.SHORTLISTED, ApplicationStatus.INTERVIEWED, null);
		this.jdbc.sql("UPDATE application SET interview_score = ? WHERE id = ?")
			.params(scorecard.total(), applicationId)
			.update();
	}

	@Transactional(readOnly = true)
	public List<Scorecard> scorecards(long applicationId) {
		return this.jdbc.sql("SELECT * FROM scorecard WHERE application_id = ? ORDER BY id")
			.param(applicationId)
			.query((rs, n) -> new Scorecard(rs.getString("interviewer"), rs.getInt("work_ethic"), rs.getInt("skills"),
					rs.getInt("communication"), rs.getString("recommendation"), rs.getString("notes")))
			.list();
	}

	private static List<String> ids(List<Application> applications) {
		return applications.stream().map((application) -> String.valueOf(application.id())).toList();
	}

}
