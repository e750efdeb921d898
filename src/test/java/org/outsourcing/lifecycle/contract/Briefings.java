package org.outsourcing.lifecycle.contract;

import java.time.LocalDate;
import java.util.Map;

/**
 * The liaison's briefing, as a test gives it: the first task due a few days after today.
 */
public final class Briefings {

	private Briefings() {
	}

	public static Map<String, Object> briefing(LocalDate today) {
		return Map.of("briefingDocuments", "https://drive.example.com/newsletter/style-guide", "firstTask",
				"Draft the December issue", "firstTaskDue", today.plusDays(3).toString(),
				"form_briefContractor_outcome", "briefed");
	}

}
