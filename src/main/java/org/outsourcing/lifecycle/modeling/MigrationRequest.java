package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.Map;

/**
 * Move the running instances of one version of a process to another: all of them, or the
 * ones named; {@code mappings} sends a waiting activity the target version no longer has
 * to one it has (old activity id → new activity id).
 */
public record MigrationRequest(int fromVersion, int toVersion, List<String> processInstanceIds,
		Map<String, String> mappings) {

	public MigrationRequest {
		processInstanceIds = (processInstanceIds != null) ? List.copyOf(processInstanceIds) : List.of();
		mappings = (mappings != null) ? Map.copyOf(mappings) : Map.of();
	}

}
