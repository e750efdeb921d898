package org.outsourcing.lifecycle.recruitment;

/** An interviewer's marks for a candidate, 1 to 5 each. */
public record Scorecard(String interviewer, int workEthic, int skills, int communication, String recommendation,
		String notes) {

	int total() {
		return this.workEthic + this.skills + this.communication;
	}

}
