package org.outsourcing.lifecycle.recruitment;

import org.flowable.common.rest.exception.FlowableConflictException;

/** An applicant applies once per engagement; the REST layer answers 409. */
public class AlreadyAppliedException extends FlowableConflictException {

	AlreadyAppliedException(String applicantUserId) {
		super("applicantUserId: '" + applicantUserId + "' has already applied to this engagement");
	}

}
