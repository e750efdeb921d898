package org.outsourcing.lifecycle.dispute;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** The contractor disputed a rejection; the liaison mediates next. */
@Component("recordDispute")
class RecordDispute implements JavaDelegate {

	private final Disputes disputes;

	RecordDispute(Disputes disputes) {
		this.disputes = disputes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.disputes.raised(execution);
	}

}
