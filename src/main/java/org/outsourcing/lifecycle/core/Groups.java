package org.outsourcing.lifecycle.core;

import java.util.List;

/**
 * The user groups of the roles in docs/DOMAIN.md plus {@code admin}. A group is a
 * Flowable candidate group and, prefixed with {@link #AUTHORITY_PREFIX}, a Spring
 * Security authority.
 */
public final class Groups {

	public static final String OWNER = "owner";

	public static final String RECRUITER = "recruiter";

	public static final String INTERVIEWER = "interviewer";

	public static final String LEGAL = "legal";

	public static final String FINANCE = "finance";

	public static final String IT = "it";

	public static final String LIAISON = "liaison";

	public static final String CONTRACTOR = "contractor";

	public static final String AUDITOR = "auditor";

	public static final String ADMIN = "admin";

	public static final List<String> ALL = List.of(OWNER, RECRUITER, INTERVIEWER, LEGAL, FINANCE, IT, LIAISON,
			CONTRACTOR, AUDITOR, ADMIN);

	public static final String AUTHORITY_PREFIX = "GROUP_";

	private Groups() {
	}

	public static String authority(String groupId) {
		return AUTHORITY_PREFIX + groupId;
	}

}
