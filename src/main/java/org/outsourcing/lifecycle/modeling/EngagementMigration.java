package org.outsourcing.lifecycle.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ActivityMigrationMapping;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of a process from one version to another with Flowable's
 * process instance migration. Every instance is validated first: one waiting at an
 * activity the target version no longer has cannot move until a mapping sends it to an
 * activity the target has. Each instance moves in its own transaction together with its
 * audit entry (who, from which version to which, the mappings): all of it or nothing.
 */
@Service
public class EngagementMigration {

	private final ProcessMigrationService migrations;

	private final ProcessVersions versions;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	EngagementMigration(ProcessMigrationService migrations, ProcessVersions versions, RepositoryService repository,
			RuntimeService runtime, AuditTrail audit, TransactionTemplate transaction) {
		this.migrations = migrations;
		this.versions = versions;
		this.repository = repository;
		this.runtime = runtime;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** What would happen, changing nothing. */
	public MigrationReport validate(String processKey, MigrationRequest request) {
		ProcessDefinition target = this.versions.definition(processKey, request.toVersion());
		BpmnModel targetModel = this.repository.getBpmnModel(target.getId());
		checkMappings(targetModel, request);
		List<MigrationReport.Instance> instances = new ArrayList<>();
		for (ProcessInstance instance : instances(processKey, request)) {
			instances.add(validate(instance, target, targetModel, request));
		}
		return new MigrationReport(processKey, request.fromVersion(), request.toVersion(), instances);
	}

	/**
	 * Validates every instance, then moves each one that can move, one transaction each;
	 * the report says which moved and why the others did not.
	 */
	public MigrationReport migrate(String processKey, MigrationRequest request) {
		MigrationReport validation = validate(processKey, request);
		ProcessDefinition target = this.versions.definition(processKey, request.toVersion());
		List<MigrationReport.Instance> results = new ArrayList<>();
		for (MigrationReport.Instance instance : validation.instances()) {
			if (!instance.migratable()) {
				results.add(instance);
				continue;
			}
			this.transaction.executeWithoutResult((status) -> {
				builder(target, request).migrate(instance.processInstanceId());
				this.audit.record(AuditEvent.of(instance.engagementId(), AuditEntryType.PROCESS_MIGRATED,
						CurrentUser.actorId(), instance.processInstanceId(), details(processKey, request, instance)));
			});
			results.add(instance.asMigrated());
		}
		return new MigrationReport(processKey, request.fromVersion(), request.toVersion(), results);
	}

	private MigrationReport.Instance validate(ProcessInstance instance, ProcessDefinition target, BpmnModel targetModel,
			MigrationRequest request) {
		List<String> waiting = this.runtime.getActiveActivityIds(instance.getId()).stream().distinct().toList();
		List<String> problems = new ArrayList<>();
		for (String activity : waiting) {
			String mapped = request.mappings().getOrDefault(activity, activity);
			if (targetModel.getFlowElement(mapped) == null) {
				problems.add("waits at '" + activity + "', which version " + request.toVersion()
						+ " does not have: map it to an activity of version " + request.toVersion());
			}
		}
		if (problems.isEmpty()) {
			ProcessInstanceMigrationValidationResult result = builder(target, request)
				.validateMigration(instance.getId());
			if (result.hasErrors()) {
				problems.addAll(result.getValidationMessages());
			}
		}
		return new MigrationReport.Instance(instance.getId(), engagementId(instance), waiting, problems.isEmpty(),
				problems, false);
	}

	private void checkMappings(BpmnModel targetModel, MigrationRequest request) {
		request.mappings().forEach((from, to) -> {
			FlowElement element = targetModel.getFlowElement(to);
			if (!(element instanceof FlowNode)) {
				throw new FlowableIllegalArgumentException(
						"mappings." + from + ": version " + request.toVersion() + " has no activity '" + to + "'");
			}
		});
	}

	private List<ProcessInstance> instances(String processKey, MigrationRequest request) {
		if (request.fromVersion() == request.toVersion()) {
			throw new FlowableIllegalArgumentException("fromVersion and toVersion are the same version");
		}
		ProcessDefinition source = this.versions.definition(processKey, request.fromVersion());
		List<ProcessInstance> running = this.runtime.createProcessInstanceQuery()
			.processDefinitionId(source.getId())
			.orderByStartTime()
			.asc()
			.list();
		if (request.processInstanceIds().isEmpty()) {
			return running;
		}
		Set<String> chosen = Set.copyOf(request.processInstanceIds());
		Set<String> found = running.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
		for (String id : chosen) {
			if (!found.contains(id)) {
				throw new FlowableIllegalArgumentException("processInstanceIds: '" + id
						+ "' is not a running instance of version " + request.fromVersion() + " of " + processKey);
			}
		}
		return running.stream().filter((instance) -> chosen.contains(instance.getId())).toList();
	}

	private ProcessInstanceMigrationBuilder builder(ProcessDefinition target, MigrationRequest request) {
		ProcessInstanceMigrationBuilder builder = this.migrations.createProcessInstanceMigrationBuilder()
			.migrateToProcessDefinition(target.getId());
		request.mappings()
			.forEach((from, to) -> builder
				.addActivityMigrationMapping(ActivityMigrationMapping.createMappingFor(from, to)));
		return builder;
	}

	private String engagementId(ProcessInstance instance) {
		Object explicit = this.runtime.getVariable(instance.getId(), EngagementVariables.ENGAGEMENT_ID);
		if (explicit instanceof String id && !id.isBlank()) {
			return id;
		}
		return (instance.getRootProcessInstanceId() != null) ? instance.getRootProcessInstanceId() : instance.getId();
	}

	private static Map<String, Object> details(String processKey, MigrationRequest request,
			MigrationReport.Instance instance) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("processDefinitionKey", processKey);
		details.put("fromVersion", request.fromVersion());
		details.put("toVersion", request.toVersion());
		details.put("waitingAt", instance.waitingAt());
		details.put("mappings", request.mappings());
		return details;
	}

}
