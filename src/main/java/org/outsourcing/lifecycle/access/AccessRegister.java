package org.outsourcing.lifecycle.access;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of who was given access to what for an engagement. IT grants at contract
 * time and revokes at offboarding; every way an engagement ends must leave no active
 * grant.
 */
@Service
public class AccessRegister {

	private static final RowMapper<AccessGrant> ROW = (rs, n) -> new AccessGrant(rs.getLong("id"),
			rs.getString("engagement_id"), rs.getString("grantee"), rs.getString("resource_name"),
			rs.getString("access_level"), rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant(),
			rs.getString("revoked_by"),
			(rs.getTimestamp("revoked_at") != null) ? rs.getTimestamp("revoked_at").toInstant() : null);

	private final JdbcClient jdbc;

	private final EngineTime time;

	private final AuditTrail audit;

	public AccessRegister(JdbcClient jdbc, EngineTime time, AuditTrail audit) {
		this.jdbc = jdbc;
		this.time = time;
		this.audit = audit;
	}

	@Transactional
	public AccessGrant grant(String engagementId, String grantee, String resource, String accessLevel,
			String grantedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO access_grant (engagement_id, grantee, resource_name, access_level, granted_by, granted_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(engagementId, grantee, resource, accessLevel, grantedBy, Timestamp.from(this.time.now()))
			.update(keys, "id");
		AccessGrant grant = find(keys.getKeyAs(Number.class).longValue());
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.ACCESS_GRANTED, grantedBy, null, describe(grant)));
		return grant;
	}

	/**
	 * Revokes every grant of the engagement still active; returns how many were revoked.
	 */
	@Transactional
	public int revokeAll(String engagementId, String revokedBy) {
		List<AccessGrant> revoked = activeGrants(engagementId);
		int count = this.jdbc.sql(
				"UPDATE access_grant SET revoked_by = ?, revoked_at = ? WHERE engagement_id = ? AND revoked_at IS NULL")
			.params(revokedBy, Timestamp.from(this.time.now()), engagementId)
			.update();
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.ACCESS_REVOKED, revokedBy, null,
				Map.of("revokedCount", count, "grants", revoked.stream().map(AccessRegister::describe).toList())));
		return count;
	}

	@Transactional(readOnly = true)
	public List<AccessGrant> grants(String engagementId) {
		return this.jdbc.sql("SELECT * FROM access_grant WHERE engagement_id = ? ORDER BY id")
			.param(engagementId)
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public List<AccessGrant> activeGrants(String engagementId) {
		return grants(engagementId).stream().filter(AccessGrant::active).toList();
	}

	private static Map<String, Object> describe(AccessGrant grant) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("grantId", grant.id());
		details.put("grantee", grant.grantee());
		details.put("resource", grant.resource());
		details.put("accessLevel", grant.accessLevel());
		return details;
	}

	/**
	 * The active grants as lines a person reads in a form, e.g. IT's revocation task:
	 * {@code ${accessRegister.activeGrantsSummary(engagementId)}}.
	 */
	@Transactional(readOnly = true)
	public String activeGrantsSummary(String engagementId) {
		List<AccessGrant> active = activeGrants(engagementId);
		if (active.isEmpty()) {
			return "No active access";
		}
		return active.stream()
			.map((grant) -> grant.resource() + " (" + grant.accessLevel() + ") for " + grant.grantee() + ", granted "
					+ grant.grantedAt() + " by " + grant.grantedBy())
			.collect(Collectors.joining("\n"));
	}

	private AccessGrant find(long id) {
		return this.jdbc.sql("SELECT * FROM access_grant WHERE id = ?").param(id).query(ROW).single();
	}

}
