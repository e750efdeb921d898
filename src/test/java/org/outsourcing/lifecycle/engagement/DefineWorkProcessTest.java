package org.outsourcing.lifecycle.engagement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.access.AccessRegister;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.support.EngineDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
public class DefineWorkProcessTest {

	@Autowired
	TaskForms forms;

	@Autowired
	RuntimeService runtime;

	@Autowired
	EngineDriver engine;

	@Autowired
	Engagements engagements;

	@Autowired
	Notifications notifications;

	@Autowired
	AccessRegister accessRegister;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void ordinaryWorkIsDefinedWithTheProtectionItsDataNeeds() {
		ProcessInstance stage = start(definition("paymentCardData", false, false));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsExactly("workDefinitionSubmitted",
				"definitionCompleteGateway", "definitionReadyJoin", "checkOutsourcingPolicy",
				"outsourcingAllowedGateway", "coreCompetencyGateway", "policyCheckedJoin", "determineClientContact",
				"determineDataProtection", "recordWorkDefinition", "workDefined");
		Map<String, Object> variables = historicVariables(stage);
		assertThat(variables).containsEntry("definitionOutcome", "defined")
			.containsEntry("ndaScope", "the company's business information, the work product and payment-card data")
			.containsEntry("pciDssRequired", true)
			.containsEntry("hipaaRequired", false)
			.containsEntry("iso27002Required", true)
			.containsEntry("accessLevel", "maskedCardData");
		Engagement engagement = this.engagements.find(stage.getId()).orElseThrow();
		assertThat(engagement.status()).isEqualTo(EngagementStatus.DEFINED);
		assertThat(engagement.accessLevel()).isEqualTo("maskedCardData");
		assertThat(engagement.liaison()).isEqualTo("liaison");
	}

	@Test
	void healthDataNeedsHipaaAndEvenWorkWithoutSensitiveDataIsConfidential() {
		assertThat(historicVariables(start(definition("healthData", false, false))))
			.containsEntry("hipaaRequired", true)
			.containsEntry("pciDssRequired", false)
			.containsEntry("accessLevel", "deidentifiedHealthData");
		assertThat(historicVariables(start(definition("none", false, false))))
			.containsEntry("ndaScope", "the company's business information and the work product")
			.containsEntry("iso27002Required", false)
			.containsEntry("accessLevel", "workToolsOnly");
	}

	@Test
	void securityWorkIsRefusedWithThePolicysReason() {
		ProcessInstance stage = start(definition("none", true, false));

		assertThat(this.engine.activitiesPassed(stage.getId())).containsExactly("workDefinitionSubmitted",
				"definitionCompleteGateway", "definitionReadyJoin", "checkOutsourcingPolicy",
				"outsourcingAllowedGateway", "recordRefusal", "requestRefused");
		Engagement engagement = this.engagements.find(stage.getId()).orElseThrow();
		assertThat(engagement.status()).isEqualTo(EngagementStatus.REFUSED);
		assertThat(engagement.statusReason()).contains("security is not outsourced");
		assertThat(this.notifications.forEngagement(stage.getId())).singleElement().satisfies((notification) -> {
			assertThat(notification.kind()).isEqualTo(NotificationKind.REJECTION);
			assertThat(notification.recipientUser()).isEqualTo("owner");
			assertThat(notification.body()).contains("security is not outsourced");
		});
		assertThat(this.accessRegister.activeGrants(stage.getId())).isEmpty();
	}

	@Test
	void securityRelatedDataIsRefusedToo() {
		ProcessInstance stage = start(definition("securityRelated", false, false));

		assertThat(this.engagements.find(stage.getId()).orElseThrow().statusReason())
			.contains("security-related data is not outsourced");
	}

	@Test
	void customerFacingWorkNeedsTheClientContactClause() {
		Map<String, Object> customerService = definition("customerPersonalData", false, false);
		customerService.put("jobCategory", "customerService");
		Map<String, Object> markedCustomerFacing = definition("none", false, false);
		markedCustomerFacing.put("customerFacing", true);

		assertThat(historicVariables(start(customerService))).containsEntry("clientContactClauseRequired", true);
		assertThat(historicVariables(start(markedCustomerFacing))).containsEntry("clientContactClauseRequired", true);
		assertThat(historicVariables(start(definition("none", false, false))))
			.containsEntry("clientContactClauseRequired", false);
	}

	@Test
	void billingTaxesAndCustomerServiceNeedCustomerPersonalDataUnlessTheOwnerSaysWhyNot() {
		for (String category : List.of("billing", "taxes", "customerService")) {
			Map<String, Object> values = definition("none", false, false);
			values.remove("requestedBy");
			values.put("jobCategory", category);
			assertThatThrownBy(() -> this.forms.start("outsourcingEngagement", values, null, "owner"))
				.isInstanceOfSatisfying(FormValidationException.class,
						(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
							assertThat(error.field()).isEqualTo("dataSensitivity");
							assertThat(error.reason()).contains("(" + category + ") handles customers' personal data",
									"sensitivityReason");
						}));
		}

		Map<String, Object> withReason = definition("none", false, false);
		withReason.remove("requestedBy");
		withReason.put("jobCategory", "taxes");
		withReason.put("sensitivityReason", "Only our own company's tax return, no customer records");
		assertThat(this.forms.start("outsourcingEngagement", withReason, null, "owner")).isNotBlank();
		Map<String, Object> withData = definition("customerPersonalData", false, false);
		withData.remove("requestedBy");
		withData.put("jobCategory", "billing");
		assertThat(this.forms.start("outsourcingEngagement", withData, null, "owner")).isNotBlank();
	}

	@Test
	void employeePersonalAndBenefitsDataIsASensitivityOfItsOwnWithHipaa() {
		assertThat(historicVariables(start(definition("employeeData", false, false))))
			.containsEntry("definitionOutcome", "defined")
			.containsEntry("ndaScope",
					"the company's business information, the work product and employee personal and benefits data")
			.containsEntry("hipaaRequired", true)
			.containsEntry("pciDssRequired", false)
			.containsEntry("iso27002Required", true)
			.containsEntry("accessLevel", "employeeDataReadOnly");
	}

	@Test
	void coreWorkGoesAheadOnlyWhenTheOwnerConfirmsIt() {
		ProcessInstance confirmed = start(definition("none", false, true));
		this.engine.complete(confirmed.getId(), "confirmCoreWork", "owner",
				Map.of("form_confirmCoreWork_outcome", "confirm", "confirmationNote", "We lack the hours"));
		assertThat(this.engine.activitiesPassed(confirmed.getId())).containsSubsequence("coreCompetencyGateway",
				"confirmCoreWork", "confirmedGateway", "policyCheckedJoin", "recordWorkDefinition", "workDefined");

		ProcessInstance withdrawn = start(definition("none", false, true));
		this.engine.complete(withdrawn.getId(), "confirmCoreWork", "owner",
				Map.of("form_confirmCoreWork_outcome", "withdraw"));
		assertThat(this.engine.activitiesPassed(withdrawn.getId())).endsWith("confirmedGateway", "recordWithdrawal",
				"requestWithdrawn");
		assertThat(this.engagements.find(withdrawn.getId()).orElseThrow().status())
			.isEqualTo(EngagementStatus.WITHDRAWN);
	}

	@Test
	void unconfirmedCoreWorkLapsesAtTheDeadline() {
		Map<String, Object> definition = definition("none", false, true);
		definition.put("defineWorkSla", "P2D");
		ProcessInstance stage = start(definition);

		this.engine.passTime(Duration.ofDays(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("confirmCoreWork");

		this.engine.passTime(Duration.ofDays(1).plusMinutes(1));
		assertThat(this.engine.openTaskKeys(stage.getId())).isEmpty();
		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("confirmationOverdue", "deadlineMissedJoin",
				"recordLapsedRequest", "requestLapsed");
		Engagement engagement = this.engagements.find(stage.getId()).orElseThrow();
		assertThat(engagement.status()).isEqualTo(EngagementStatus.LAPSED);
		assertThat(engagement.statusReason()).contains("P2D");
	}

	@Test
	void anIncompleteDefinitionGoesToTheOwnerFirstAndUnsetCheckboxesMeanNo() {
		ProcessInstance stage = start(Map.of("title", "Bookkeeping", "requestedBy", "owner"));
		assertThat(this.engine.openTaskKeys(stage.getId())).containsExactly("defineWorkDetails");

		Map<String, Object> details = definition("customerPersonalData", false, false);
		// requestedBy is a start variable, not a field of the form
		details.remove("requestedBy");
		details.remove("securityRelated");
		details.remove("coreCompetency");
		this.engine.complete(stage.getId(), "defineWorkDetails", "owner", details);

		assertThat(this.engine.activitiesPassed(stage.getId())).containsSubsequence("definitionCompleteGateway",
				"defineWorkDetails", "checkOutsourcingPolicy", "recordWorkDefinition", "workDefined");
		assertThat(this.engagements.find(stage.getId()).orElseThrow().accessLevel()).isEqualTo("customerDataReadOnly");
	}

	@Test
	void anIncompleteDefinitionLapsesWhenTheOwnerNeverCompletesIt() {
		ProcessInstance stage = start(Map.of("title", "Bookkeeping", "requestedBy", "owner"));

		this.engine.passTime(Duration.ofDays(5).plusMinutes(1));

		assertThat(this.engine.activitiesPassed(stage.getId())).endsWith("definitionOverdue", "deadlineMissedJoin",
				"recordLapsedRequest", "requestLapsed");
	}

	private ProcessInstance start(Map<String, Object> variables) {
		return this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(variables)
			.start();
	}

	@Test
	void aLiaisonWhoIsNoLiaisonABudgetRunningDownwardsAndTimeCriticalWorkWithoutHoursAreRefused() {
		Map<String, Object> values = definition("none", false, false);
		values.remove("requestedBy");
		values.put("budgetMin", new BigDecimal("600.00"));
		values.put("budgetMax", new BigDecimal("400.00"));
		values.put("liaison", "owner");
		// the liaison is one of the liaison group's users the form offers
		assertThatThrownBy(() -> this.forms.start("outsourcingEngagement", values, null, "owner"))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).singleElement().satisfies((error) -> {
						assertThat(error.field()).isEqualTo("liaison");
						assertThat(error.reason()).startsWith("must be one of ")
							.contains("liaison")
							.endsWith("not text 'owner'");
					}));

		values.put("liaison", "liaison");
		assertThatThrownBy(() -> this.forms.start("outsourcingEngagement", values, null, "owner"))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting(FieldError::field)
						.containsExactly("budgetMax"));

		values.put("budgetMax", new BigDecimal("600.00"));
		values.put("timeCritical", true);
		values.put("overlapHours", 3);
		assertThatThrownBy(() -> this.forms.start("outsourcingEngagement", values, null, "owner"))
			.isInstanceOfSatisfying(FormValidationException.class,
					(refused) -> assertThat(refused.errors()).extracting(FieldError::field)
						.containsExactly("ownerWorkStart", "ownerWorkEnd"));

		values.put("ownerWorkStart", "08:30");
		values.put("ownerWorkEnd", "16:30");
		assertThat(this.forms.start("outsourcingEngagement", values, null, "owner")).isNotBlank();
	}

	private Map<String, Object> historicVariables(ProcessInstance instance) {
		Map<String, Object> variables = new HashMap<>();
		this.engine.history()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.list()
			.forEach((variable) -> variables.put(variable.getVariableName(), variable.getValue()));
		return variables;
	}

	public static Map<String, Object> definition(String dataSensitivity, boolean securityRelated,
			boolean coreCompetency) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("requestedBy", "owner");
		variables.put("title", "Monthly newsletter");
		variables.put("jobCategory", "emailMarketing");
		variables.put("deliverables", "One newsletter a month");
		variables.put("acceptanceCriteria", "Sent to the list by the 5th, no typos");
		variables.put("goal", "Keep customers coming back");
		variables.put("dataSensitivity", dataSensitivity);
		variables.put("securityRelated", securityRelated);
		variables.put("coreCompetency", coreCompetency);
		variables.put("liaison", "liaison");
		variables.put("budgetMin", new BigDecimal("400.00"));
		variables.put("budgetMax", new BigDecimal("600.00"));
		variables.put("budgetBasis", "monthly");
		variables.put("cutOffDate", "2027-12-31");
		variables.put("schedule", "One issue a month, sent by the 5th");
		variables.put("ownerTimeZone", "America/New_York");
		return variables;
	}

}
