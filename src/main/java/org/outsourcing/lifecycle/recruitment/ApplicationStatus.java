package org.outsourcing.lifecycle.recruitment;

public enum ApplicationStatus {

	SUBMITTED, PASSED, REJECTED, SHORTLISTED, WITHDRAWN, INTERVIEWED, SELECTED, NOT_SELECTED

}
