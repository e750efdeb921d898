package org.outsourcing.lifecycle.security;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.BeanFactory;

/**
 * The Spring beans the engine's expressions may name: exactly those the models in
 * {@code processes/} and the forms in {@code forms/} use (their delegates, listeners and
 * the read-only services their conditions, deadlines and form values call). Given to the
 * engine as its {@code beans}, it replaces Flowable's default of every bean in the
 * context, so no expression reaches the identity service, the data source or the
 * application context. A model that uses a new bean adds its name here;
 * {@code ExpressionBeansTest} fails until it does.
 */
final class ExpressionBeans extends AbstractMap<Object, Object> {

	static final Set<String> NAMES = Set.of(
			// services read by conditions, deadlines and form values
			"accessRegister", "applications", "budgets", "complianceNeeds", "complianceStatements", "contracts",
			"deadlines", "engagementEndings", "engagementSettings", "invoices", "jobAds", "limits", "retainers",
			"routineReviews", "statusUpdates", "timeZones", "trials", "workDefinitionCheck",
			// the options of form fields
			"liaisons",
			// listeners
			"notify",
			// delegates
			"archiveEngagement", "assignTrialTask", "cancelAd", "cancelEngagement", "closeApplicationWindow",
			"closeLostOffer", "recordEngagementWithdrawal", "recordNextCandidate", "endRetainer", "endTrial",
			"extendTrialDeadline", "inviteCandidate", "issueMonthlyInvoice", "issueTrialInvoice", "makeOffer",
			"publishAd", "raiseFee", "recordAccessGrants", "recordApplication", "recordAvailability", "recordBriefing",
			"recordCandidateWithdrawal", "recordComplianceReview", "recordComplianceStatements", "recordContractDraft",
			"recordContractorSignature", "recordCountersignature", "recordDataDisposition", "recordDispute",
			"recordDeliverablesRecovered", "recordFinalSettlement", "recordInvoiceApproval", "recordInvoiceMediation",
			"recordInvoicePayment", "recordInvoiceRejection", "recordLapsedRequest", "recordNotice",
			"recordBlockerResolution", "recordPerformanceReview", "recordReferenceCheck", "recordRefusal",
			"recordRetainerDeclined", "recordRevocation", "recordScorecard", "recordScreening", "recordSelection",
			"recordStatusUpdate", "recordTermination", "recordTrialDelivery", "recordTrialMediation",
			"recordTrialPayment", "recordTrialReview", "recordWithdrawal", "recordWorkDefinition", "renewRetainer",
			"requestRevision", "shortlistCandidates", "startNewRound", "startOffboarding", "startRetainer");

	private final BeanFactory beans;

	ExpressionBeans(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public boolean containsKey(Object name) {
		return NAMES.contains(name) && this.beans.containsBean((String) name);
	}

	/** Looked up on use: the engine is built before most of these beans. */
	@Override
	public Object get(Object name) {
		return containsKey(name) ? this.beans.getBean((String) name) : null;
	}

	@Override
	public Set<Entry<Object, Object>> entrySet() {
		return NAMES.stream()
			.filter(this::containsKey)
			.map((name) -> new SimpleImmutableEntry<Object, Object>(name, this.beans.getBean(name)))
			.collect(Collectors.toUnmodifiableSet());
	}

}
