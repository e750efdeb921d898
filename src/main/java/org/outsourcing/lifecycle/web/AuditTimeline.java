package org.outsourcing.lifecycle.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.audit.AuditEntry;

import org.springframework.stereotype.Component;

/**
 * An engagement's audit trail as a person reads it: in order, in runs of entries of one
 * stage under that stage's name, people by their names, filtered by type, person and
 * days; and what the filters can offer (the types and people that occur).
 */
@Component
class AuditTimeline {

	private final RepositoryService repository;

	private final IdmIdentityService identity;

	AuditTimeline(RepositoryService repository, IdmIdentityService identity) {
		this.repository = repository;
		this.identity = identity;
	}

	View of(List<AuditEntry> entries, AuditFilter filter) {
		Map<String, String> names = names(entries);
		Map<String, String> stages = new HashMap<>();
		List<StageRun> runs = new ArrayList<>();
		int shown = 0;
		for (AuditEntry entry : entries) {
			if (!filter.keeps(entry)) {
				continue;
			}
			shown++;
			TimelineEntry line = TimelineEntry.of(entry, names.getOrDefault(entry.actor(), entry.actor()));
			StageRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last == null || !Objects.equals(last.key(), entry.processDefinitionKey())) {
				last = new StageRun(entry.processDefinitionKey(),
						stages.computeIfAbsent(String.valueOf(entry.processDefinitionKey()), (key) -> stageName(entry)),
						new ArrayList<>());
				runs.add(last);
			}
			last.entries().add(line);
		}
		Map<String, String> types = new TreeMap<>();
		entries.forEach((entry) -> types.put(entry.type().name(), TimelineEntry.label(entry.type())));
		Map<String, String> people = new TreeMap<>();
		entries.stream()
			.map(AuditEntry::actor)
			.filter(Objects::nonNull)
			.forEach((actor) -> people.put(actor, names.getOrDefault(actor, actor)));
		return new View(runs, shown, entries.size(), types, people);
	}

	private String stageName(AuditEntry entry) {
		if (entry.processDefinitionKey() == null) {
			return "The engagement as a whole";
		}
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(entry.processDefinitionKey())
			.latestVersion()
			.singleResult();
		return (definition != null && definition.getName() != null) ? definition.getName()
				: entry.processDefinitionKey();
	}

	/**
	 * Display names of the people among the actors; others (the system) stay as they are.
	 */
	private Map<String, String> names(List<AuditEntry> entries) {
		List<String> actors = entries.stream().map(AuditEntry::actor).filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new LinkedHashMap<>();
		if (actors.isEmpty()) {
			return names;
		}
		for (User user : this.identity.createUserQuery().userIds(actors).list()) {
			names.put(user.getId(), name(user));
		}
		return names;
	}

	private static String name(User user) {
		if (user.getDisplayName() != null && !user.getDisplayName().isBlank()
				&& !user.getDisplayName().equals(user.getId())) {
			return user.getDisplayName() + " (" + user.getId() + ")";
		}
		String full = ((user.getFirstName() != null) ? user.getFirstName() : "") + " "
				+ ((user.getLastName() != null) ? user.getLastName() : "");
		return (full.isBlank() || full.strip().equals(user.getId())) ? user.getId()
				: full.strip() + " (" + user.getId() + ")";
	}

	/** Consecutive entries of one stage. */
	record StageRun(String key, String name, List<TimelineEntry> entries) {
	}

	/**
	 * @param shown entries the filter kept
	 * @param total entries of the engagement
	 * @param types type → label, of the types that occur
	 * @param people user id → name, of the people who occur
	 */
	record View(List<StageRun> runs, int shown, int total, Map<String, String> types, Map<String, String> people) {

		/** The same filter options, no entries: for a filter that could not be read. */
		View withoutEntries() {
			return new View(List.of(), 0, this.total, this.types, this.people);
		}

	}

}
