package org.outsourcing.lifecycle.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.dmn.api.DmnHistoricDecisionExecution;
import org.flowable.dmn.api.DmnHistoryService;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.dmn.model.Decision;
import org.flowable.dmn.model.DecisionTable;
import org.flowable.dmn.model.DmnDefinition;
import org.outsourcing.lifecycle.core.engine.CurrentCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The inputs and outputs of a decision a DMN task just evaluated, read from the DMN
 * engine's own record of it (its decision history, which must stay enabled). That record
 * is written by the same command and not yet flushed when the task completes, so it is
 * found in the command's entity cache; the history query covers a record already flushed.
 */
@Component
class DecisionAudit {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final ObjectProvider<DmnHistoryService> history;

	private final ObjectProvider<DmnRepositoryService> repository;

	private final ObjectMapper json;

	DecisionAudit(ObjectProvider<DmnHistoryService> history, ObjectProvider<DmnRepositoryService> repository,
			ObjectMapper json) {
		this.history = history;
		this.repository = repository;
		this.json = json;
	}

	Map<String, Object> evaluated(String executionId, String activityId) {
		DmnHistoricDecisionExecution execution = find(executionId, activityId);
		if (execution == null) {
			throw new IllegalStateException("The decision of activity '" + activityId + "' (execution " + executionId
					+ ") left no record to audit; keep flowable.dmn.history-enabled=true");
		}
		Map<String, Object> container = read(execution.getExecutionJson());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decisionKey", container.get("decisionKey"));
		details.put("decisionName", container.get("decisionName"));
		details.put("decisionVersion", container.get("decisionVersion"));
		details.put("hitPolicy", container.get("hitPolicy"));
		details.put("inputs", inputs(execution, container));
		details.put("matchedRules", matchedRules(container));
		details.put("outputs", container.get("decisionResult"));
		return details;
	}

	private DmnHistoricDecisionExecution find(String executionId, String activityId) {
		return CurrentCommand.cached(DmnHistoricDecisionExecution.class)
			.stream()
			.filter((execution) -> Objects.equals(executionId, execution.getExecutionId())
					&& Objects.equals(activityId, execution.getActivityId()))
			.max(Comparator.comparing(DmnHistoricDecisionExecution::getStartTime))
			.orElseGet(() -> this.history.getObject()
				.createHistoricDecisionExecutionQuery()
				.executionId(executionId)
				.activityId(activityId)
				.orderByStartTime()
				.desc()
				.listPage(0, 1)
				.stream()
				.findFirst()
				.orElse(null));
	}

	/**
	 * The DMN engine is handed every process variable; the inputs are only those the
	 * decision table reads.
	 */
	private Map<String, Object> inputs(DmnHistoricDecisionExecution execution, Map<String, Object> container) {
		Object passed = container.get("inputVariables");
		Map<?, ?> variables = (passed instanceof Map<?, ?> map) ? map : Map.of();
		Map<String, Object> inputs = new LinkedHashMap<>();
		DmnDefinition definition = this.repository.getObject().getDmnDefinition(execution.getDecisionDefinitionId());
		Decision decision = definition.getDecisionById(String.valueOf(container.get("decisionKey")));
		if (decision != null && decision.getExpression() instanceof DecisionTable table) {
			table.getInputs().forEach((input) -> {
				String expression = input.getInputExpression().getText().trim();
				inputs.put(expression, variables.get(expression));
			});
		}
		return inputs;
	}

	private static List<Object> matchedRules(Map<String, Object> container) {
		if (!(container.get("ruleExecutions") instanceof Map<?, ?> rules)) {
			return List.of();
		}
		return rules.values()
			.stream()
			.filter((rule) -> rule instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("valid")))
			.map((rule) -> ((Map<?, ?>) rule).get("ruleNumber"))
			.map(Object.class::cast)
			.toList();
	}

	private Map<String, Object> read(String executionJson) {
		try {
			return this.json.readValue(executionJson, MAP);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The DMN engine's record of a decision is not JSON: " + ex.getMessage(),
					ex);
		}
	}

}
