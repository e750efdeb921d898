package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What the lifecycle passes to the retainer stage, and values the owner, the contractor
 * and finance would enter, valid for their forms.
 */
final class RetainerFixtures {

	/** Recurring deadlines far beyond a test's time, for tests about something else. */
	static final String NEVER = "R/P400D";

	private RetainerFixtures() {
	}

	static Map<String, Object> stage(String engagementId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("engagementId", engagementId);
		variables.put("contractorUserId", "contractor");
		variables.put("title", "Monthly newsletter");
		variables.put("deliverables", "One newsletter a month");
		variables.put("acceptanceCriteria", "Sent on the first Monday; open rate above 20%");
		variables.put("liaison", "liaison");
		return variables;
	}

	static Map<String, Object> offer(int termMonths) {
		Map<String, Object> values = new HashMap<>();
		values.put("monthlyFee", new BigDecimal("1500.00"));
		values.put("currency", "USD");
		values.put("scope", "Write, design and send the monthly newsletter; report open and click rates");
		values.put("termMonths", termMonths);
		values.put("liaison", "liaison");
		values.put("form_offerRetainer_outcome", "offer");
		return values;
	}

	static Map<String, Object> accept() {
		return Map.of("form_acceptRetainer_outcome", "accept");
	}

	static Map<String, Object> statusUpdate(String progress, String blockers) {
		Map<String, Object> values = new HashMap<>();
		values.put("progress", progress);
		if (blockers != null) {
			values.put("blockers", blockers);
		}
		values.put("hoursSpent", new BigDecimal("12.5"));
		values.put("form_statusUpdate_outcome", "submit");
		return values;
	}

	static Map<String, Object> approveInvoice() {
		return Map.of("form_approveRetainerInvoice_outcome", "approve");
	}

	static Map<String, Object> rejectInvoice(String note) {
		return Map.of("invoiceNote", note, "form_approveRetainerInvoice_outcome", "reject");
	}

	static Map<String, Object> payInvoice(String reference) {
		return Map.of("paymentReference", reference, "form_payRetainerInvoice_outcome", "pay");
	}

	static Map<String, Object> review(String outcome, String notes) {
		Map<String, Object> values = new HashMap<>();
		values.put("form_reviewPerformance_outcome", outcome);
		if (notes != null) {
			values.put("reviewNotes", notes);
		}
		return values;
	}

	static Map<String, Object> raiseFee(int newMonthlyFee, String notes) {
		Map<String, Object> values = review("raiseFee", notes);
		values.put("newMonthlyFee", newMonthlyFee);
		return values;
	}

	static Map<String, Object> renew(int months) {
		return Map.of("renewalMonths", months, "form_decideRenewal_outcome", "renew");
	}

	static Map<String, Object> endRetainer() {
		return Map.of("form_decideRenewal_outcome", "end");
	}

}
