package org.outsourcing.lifecycle.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.access.AccessGrant;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ContractProcessTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	Contracts contracts;

	@Autowired
	AccessRegister accessRegister;

	@Autowired
	Notifications notifications;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void theCandidateSignsTheOwnerCountersignsAndItGrantsAccess() {
		ProcessInstance stage = start("none", "contractor2");

		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.complete(stage.getId(), "signContract", "contractor", signature());
		this.engine.complete(stage.getId(), "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(stage.getId(), "grantAccess", "it", Map.of("resources",
				"Shared drive 'Newsletter', Mailchimp editor", "form_grantAccess_outcome", "granted"));
		brief(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsExactly("contractRequested", "draftContract",
				"recordContractDraft", "offerToCandidateJoin", "makeOffer", "statementsRequiredGateway",
				"readyToSignJoin", "signContract", "recordContractorSignature", "signedGateway", "countersignContract",
				"recordCountersignature", "countersignedGateway", "grantAccess", "recordAccessGrants",
				"briefContractor", "recordBriefing", "contractSigned");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("contractOutcome", "signed")
			.containsEntry("contractorUserId", "contractor");
		assertThat(this.contracts.offers(engagementOf(stage))).singleElement().satisfies((offer) -> {
			assertThat(offer.status()).isEqualTo(OfferStatus.COUNTERSIGNED);
			assertThat(offer.signatureName()).isEqualTo("Carla Contractor");
			assertThat(offer.countersignedBy()).isEqualTo("owner");
		});
		assertThat(this.contracts.terms(engagementOf(stage)).orElseThrow().trialFee())
			.isEqualByComparingTo(new BigDecimal("250.00"));
		assertThat(this.accessRegister.activeGrants(engagementOf(stage))).extracting(AccessGrant::resource)
			.containsExactly("Shared drive 'Newsletter'", "Mailchimp editor");
		assertThat(this.accessRegister.activeGrants(engagementOf(stage))).allSatisfy((grant) -> {
			assertThat(grant.grantee()).isEqualTo("contractor");
			assertThat(grant.accessLevel()).isEqualTo("workToolsOnly");
			assertThat(grant.grantedBy()).isEqualTo("it");
		});
	}

	@Test
	void paymentCardDataNeedsPciDssStatementsReviewedAndGetsTheMinimumAccess() {
		ProcessInstance stage = start("paymentCardData", "");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "submitComplianceStatements", "contractor",
				Map.of("iso27002Statement", "We follow ISO 27002 controls", "form_submitComplianceStatements_outcome",
						"submit")))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("pciDssStatement: a statement of PCI DSS compliance is required");
		this.engine.complete(stage.getId(), "submitComplianceStatements", "contractor",
				Map.of("pciDssStatement", "Never store card numbers; SAQ A", "iso27002Statement",
						"We follow ISO 27002 controls", "form_submitComplianceStatements_outcome", "submit"));
		this.engine.complete(stage.getId(), "reviewComplianceStatements", "legal",
				Map.of("form_reviewComplianceStatements_outcome", "approve"));
		this.engine.complete(stage.getId(), "signContract", "contractor", signature());
		this.engine.complete(stage.getId(), "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(stage.getId(), "grantAccess", "it",
				Map.of("resources", "Payment dashboard", "form_grantAccess_outcome", "granted"));
		brief(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("statementsRequiredGateway",
				"submitComplianceStatements", "recordComplianceStatements", "reviewComplianceStatements",
				"recordComplianceReview", "statementsApprovedGateway", "readyToSignJoin", "signContract");
		assertThat(this.contracts.statements(this.engine.historicVariables(stage.getId()).get("offerId")))
			.isEqualTo("PCI DSS: Never store card numbers; SAQ A\nISO 27002: We follow ISO 27002 controls");
		assertThat(this.accessRegister.activeGrants(engagementOf(stage))).singleElement()
			.satisfies((grant) -> assertThat(grant.accessLevel()).isEqualTo("maskedCardData"));
	}

	@Test
	void anExpiredOfferGoesToTheNextCandidateTheOwnerChooses() {
		ProcessInstance stage = start("none", "contractor2,stranger");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("chooseNextCandidate");
		assertThat(this.engine.task(stage.getId(), "chooseNextCandidate").getDueDate()).isNotNull();
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "chooseNextCandidate", "owner",
				Map.of("nextCandidate", "contractor", "form_chooseNextCandidate_outcome", "offer")))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("nextCandidate: must be one of contractor2, stranger, not text 'contractor'");
		this.engine.complete(stage.getId(), "chooseNextCandidate", "owner",
				Map.of("nextCandidate", "contractor2", "form_chooseNextCandidate_outcome", "offer"));
		assertThat(this.engine.task(stage.getId(), "signContract").getAssignee()).isEqualTo("contractor2");
		this.engine.complete(stage.getId(), "signContract", "contractor2", signature());
		this.engine.complete(stage.getId(), "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(stage.getId(), "grantAccess", "it",
				Map.of("resources", "Mailchimp editor", "form_grantAccess_outcome", "granted"));
		brief(stage);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("signContract", "offerExpired",
				"offerLostJoin", "closeLostOffer", "candidateLeftGateway", "chooseNextCandidate", "recordNextCandidate",
				"nextCandidateChosenGateway", "offerToCandidateJoin", "makeOffer", "signContract",
				"recordContractorSignature", "contractSigned");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("candidateRanking", "stranger");
		assertThat(this.contracts.offers(engagementOf(stage)))
			.extracting(ContractOffer::candidateUserId, ContractOffer::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("contractor", OfferStatus.EXPIRED),
					org.assertj.core.groups.Tuple.tuple("contractor2", OfferStatus.COUNTERSIGNED));
		assertThat(this.accessRegister.activeGrants(engagementOf(stage))).singleElement()
			.satisfies((grant) -> assertThat(grant.grantee()).isEqualTo("contractor2"));
	}

	@Test
	void theOwnerWhoIsSlowToChooseIsRemindedAndMayChooseNobody() {
		ProcessInstance stage = start("none", "contractor2");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.complete(stage.getId(), "signContract", "contractor",
				Map.of("form_signContract_outcome", "decline"));

		this.engine.passTime(Duration.ofDays(3).plusMinutes(1));
		this.engine.complete(stage.getId(), "chooseNextCandidate", "owner",
				Map.of("nextCandidateNote", "Second interview was weak", "form_chooseNextCandidate_outcome", "nobody"));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("signedGateway", "offerLostJoin",
				"closeLostOffer", "candidateLeftGateway", "chooseNextCandidate", "nextCandidateChoiceOverdue",
				"remindOwnerToChoose", "ownerRemindedToChoose");
		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("recordNextCandidate",
				"nextCandidateChosenGateway", "nobodyChosenEnd");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("contractOutcome", "nobodyChosen");
		assertThat(this.contracts.offers(engagementOf(stage))).extracting(ContractOffer::candidateUserId)
			.containsExactly("contractor");
	}

	@Test
	void theOwnerMayRefuseToCountersignWithAReason() {
		ProcessInstance stage = start("none", "");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.complete(stage.getId(), "signContract", "contractor", signature());

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "refuse")))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("countersignNote: say why you refuse to countersign");
		this.engine.complete(stage.getId(), "countersignContract", "owner", Map.of("countersignNote",
				"References did not check out", "form_countersignContract_outcome", "refuse"));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("countersignContract",
				"recordCountersignature", "countersignedGateway", "offerLostJoin", "closeLostOffer",
				"candidateLeftGateway", "noCandidateLeftEnd");
		assertThat(this.contracts.offers(engagementOf(stage))).singleElement().satisfies((offer) -> {
			assertThat(offer.status()).isEqualTo(OfferStatus.COUNTERSIGNATURE_REFUSED);
			assertThat(offer.closedReason()).isEqualTo("References did not check out");
		});
		assertThat(this.accessRegister.grants(engagementOf(stage))).isEmpty();
	}

	@Test
	void anExpiredOfferWithNobodyLeftEndsTheStage() {
		ProcessInstance stage = start("none", "");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("offerExpired", "offerLostJoin",
				"closeLostOffer", "candidateLeftGateway", "noCandidateLeftEnd");
		assertThat(this.engine.historicVariables(stage.getId())).containsEntry("contractOutcome", "noCandidateLeft");
		assertThat(this.accessRegister.grants(engagementOf(stage))).isEmpty();
	}

	@Test
	void aSignatureAfterTheOfferExpiredIsRefusedEvenBeforeTheTimerFired() {
		ProcessInstance stage = start("none", "contractor2");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.clock()
			.setCurrentTime(Date.from(this.engine.clock().getCurrentTime().toInstant().plus(Duration.ofDays(6))));

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "signContract", "contractor", signature()))
			.isInstanceOf(FlowableConflictException.class)
			.hasMessageContaining("The offer expired on")
			.hasMessageContaining("ask for a new offer");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("signContract");
		assertThat(this.contracts.offers(engagementOf(stage))).singleElement()
			.satisfies((offer) -> assertThat(offer.status()).isEqualTo(OfferStatus.OFFERED));
	}

	@Test
	void everyContractCarriesTheConfidentialityAgreementWhoseScopeFollowsTheData() {
		ProcessInstance stage = start("none", "");
		Map<String, Object> noNda = draft();
		noNda.put("ndaIncluded", false);

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "draftContract", "legal", noNda))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("ndaIncluded: everyone who works for the company signs a confidentiality "
					+ "agreement (NDA); include it, covering the company's business information and the work product");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("draftContract");
		assertThat(this.contracts.terms(engagementOf(stage))).isEmpty();

		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		assertThat(this.contracts.terms(engagementOf(stage)).orElseThrow()).satisfies((terms) -> {
			assertThat(terms.ndaIncluded()).isTrue();
			assertThat(terms.ndaScope()).isEqualTo("the company's business information and the work product");
		});
	}

	@Test
	void customerFacingWorkCarriesTheClientContactClauseTheContractorSigns() {
		ProcessInstance stage = start("none", "", Map.of("clientContactClauseRequired", true));

		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "draftContract", "legal", draft()))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("clientContactClause: the work is customer-facing");
		Map<String, Object> withClause = draft();
		withClause.put("clientContactClause", "The contractor talks to the company's clients only through the "
				+ "company's help desk, never solicits them, and the company stays their sole contact.");
		this.engine.complete(stage.getId(), "draftContract", "legal", withClause);
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "signContract", "contractor", signature()))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("acceptClientContactClause: the work is customer-facing");
		Map<String, Object> accepted = new HashMap<>(signature());
		accepted.put("acceptClientContactClause", true);
		this.engine.complete(stage.getId(), "signContract", "contractor", accepted);

		assertThat(this.contracts.terms(engagementOf(stage)).orElseThrow().clientContactClause())
			.contains("the company stays their sole contact");
		assertThat(this.contracts.offers(engagementOf(stage))).singleElement().satisfies((offer) -> {
			assertThat(offer.status()).isEqualTo(OfferStatus.SIGNED);
			assertThat(offer.clientContactAccepted()).isTrue();
		});
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("countersignContract");
	}

	@Test
	void rejectedStatementsOrADeclinePassTheOfferOn() {
		ProcessInstance stage = start("healthData", "contractor2");
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.complete(stage.getId(), "submitComplianceStatements", "contractor",
				Map.of("hipaaStatement", "We sign BAAs", "iso27002Statement", "ISO controls",
						"form_submitComplianceStatements_outcome", "submit"));
		this.engine.complete(stage.getId(), "reviewComplianceStatements", "legal",
				Map.of("reviewNote", "No BAA template", "form_reviewComplianceStatements_outcome", "reject"));
		this.engine.complete(stage.getId(), "chooseNextCandidate", "owner",
				Map.of("nextCandidate", "contractor2", "form_chooseNextCandidate_outcome", "offer"));

		assertThat(this.engine.task(stage.getId(), "submitComplianceStatements").getAssignee())
			.isEqualTo("contractor2");
		this.engine.complete(stage.getId(), "submitComplianceStatements", "contractor2",
				Map.of("hipaaStatement", "HIPAA trained, BAA signed", "iso27002Statement", "ISO controls",
						"form_submitComplianceStatements_outcome", "submit"));
		this.engine.complete(stage.getId(), "reviewComplianceStatements", "legal",
				Map.of("form_reviewComplianceStatements_outcome", "approve"));
		this.engine.complete(stage.getId(), "signContract", "contractor2",
				Map.of("form_signContract_outcome", "decline"));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("signedGateway", "offerLostJoin",
				"closeLostOffer", "candidateLeftGateway", "noCandidateLeftEnd");
		assertThat(this.contracts.offers(engagementOf(stage))).extracting(ContractOffer::status)
			.containsExactly(OfferStatus.STATEMENTS_REJECTED, OfferStatus.DECLINED);
	}

	static Map<String, Object> draft() {
		Map<String, Object> values = new HashMap<>();
		values.put("ndaIncluded", true);
		values.put("workProductToCompany", true);
		values.put("companyOwnsData", true);
		values.put("performanceExpectations", "One newsletter a month, open rate above 25%");
		values.put("incentives", "Bonus of 10% when the open rate tops 35%");
		values.put("contractDeliverables", "Twelve newsletters a year, with subject lines");
		values.put("paymentTerms", "Monthly retainer, paid within 15 days of invoice");
		values.put("trialFee", 250);
		values.put("currency", "USD");
		values.put("form_draftContract_outcome", "draft");
		return values;
	}

	static Map<String, Object> signature() {
		return Map.of("agreeToTerms", true, "signatureName", "Carla Contractor", "form_signContract_outcome", "sign");
	}

	private String engagementOf(ProcessInstance stage) {
		return (String) this.engine.historicVariables(stage.getId()).get("engagementId");
	}

	@Test
	void theNamedLiaisonBriefsTheContractorBeforeWorkStartsWithADeadlineWithinTheCutOffDate() {
		ProcessInstance stage = start("none", "contractor2",
				Map.of("liaison", "lena", "cutOffDate", today().plusDays(30).toString()));
		this.engine.complete(stage.getId(), "draftContract", "legal", draft());
		this.engine.complete(stage.getId(), "signContract", "contractor", signature());
		this.engine.complete(stage.getId(), "countersignContract", "owner",
				Map.of("form_countersignContract_outcome", "countersign"));
		this.engine.complete(stage.getId(), "grantAccess", "it",
				Map.of("resources", "Mailchimp editor", "form_grantAccess_outcome", "granted"));
		assertThat(this.engine.task(stage.getId(), "briefContractor").getAssignee()).isEqualTo("lena");

		Map<String, Object> late = new HashMap<>(Briefings.briefing(today()));
		late.put("firstTaskDue", today().plusDays(31).toString());
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "briefContractor", "lena", late))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
						assertThat(error.field()).isEqualTo("firstTaskDue");
						assertThat(error.reason()).contains("after the cut-off date");
					}));
		late.put("firstTaskDue", today().minusDays(1).toString());
		assertThatThrownBy(() -> this.engine.complete(stage.getId(), "briefContractor", "lena", late))
			.isInstanceOf(FormValidationException.class)
			.hasMessageContaining("firstTaskDue: is in the past");
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("briefContractor");

		this.engine.complete(stage.getId(), "briefContractor", "lena", Briefings.briefing(today()));
		assertThat(this.notifications.forProcessInstance(stage.getId()))
			.filteredOn((notification) -> notification.subject().startsWith("Your briefing"))
			.singleElement()
			.satisfies((notification) -> {
				assertThat(notification.recipientUser()).isEqualTo("contractor");
				assertThat(notification.body()).contains("Your liaison lena has briefed you",
						"https://drive.example.com/newsletter/style-guide", "Start with: Draft the December issue",
						"Due by: " + today().plusDays(3));
			});
		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("briefContractor", "recordBriefing",
				"contractSigned");
	}

	private void brief(ProcessInstance stage) {
		this.engine.complete(stage.getId(), "briefContractor", "liaison", Briefings.briefing(today()));
	}

	private LocalDate today() {
		return this.engine.clock().getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private ProcessInstance start(String dataSensitivity, String nextInLine) {
		return start(dataSensitivity, nextInLine, Map.of());
	}

	private ProcessInstance start(String dataSensitivity, String nextInLine, Map<String, Object> overrides) {
		boolean sensitive = !"none".equals(dataSensitivity);
		Map<String, Object> variables = new HashMap<>(overrides);
		variables.put("engagementId", "contract-" + System.nanoTime());
		variables.put("title", "Monthly newsletter");
		variables.put("contractorUserId", "contractor");
		variables.putIfAbsent("liaison", "liaison");
		variables.put("candidateRanking", nextInLine);
		variables.put("ndaScope",
				sensitive ? "the company's business information, the work product and " + dataSensitivity
						: "the company's business information and the work product");
		variables.put("pciDssRequired", "paymentCardData".equals(dataSensitivity));
		variables.put("hipaaRequired", "healthData".equals(dataSensitivity));
		variables.put("iso27002Required", sensitive);
		variables.put("accessLevel", switch (dataSensitivity) {
			case "paymentCardData" -> "maskedCardData";
			case "healthData" -> "deidentifiedHealthData";
			case "customerPersonalData" -> "customerDataReadOnly";
			default -> "workToolsOnly";
		});
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("contract")
			.variables(variables)
			.start();
	}

}
