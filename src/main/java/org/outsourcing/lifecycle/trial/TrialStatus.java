package org.outsourcing.lifecycle.trial;

public enum TrialStatus {

	ASSIGNED, DELIVERED, IN_REVISION, ACCEPTED, REJECTED, FAILED

}
