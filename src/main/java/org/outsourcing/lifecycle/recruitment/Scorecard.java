package org.outsourcing.lifecycle.recruitment;

/** An interviewer's marks for a candidate, 1 to 5 each. */
public record Scorecard(String interviewer, int workEthic, int skills, int communication, String recommendation,
		String notes) {

	/** The recommendation that keeps a candidate from ever being offered the work. */
	static final String DO_NOT_HIRE = "doNotHire";

	boolean doNotHire() {
		return DO_NOT_HIRE.equals(this.recommendation);
	}

	int total() {
		return this.workEthic + this.skills + this.communication;
	}

}
