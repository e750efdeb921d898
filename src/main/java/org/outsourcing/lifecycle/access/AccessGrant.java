package org.outsourcing.lifecycle.access;

import java.time.Instant;

/** One grant of access in the register; active while {@code revokedAt} is null. */
public record AccessGrant(long id, String engagementId, String grantee, String resource, String accessLevel,
		String grantedBy, Instant grantedAt, String revokedBy, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
