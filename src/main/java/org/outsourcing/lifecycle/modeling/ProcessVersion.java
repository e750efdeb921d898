package org.outsourcing.lifecycle.modeling;

import java.time.Instant;

/** One deployed version of a process and how many of its instances still run on it. */
public record ProcessVersion(String processKey, int version, String name, String processDefinitionId,
		String deploymentId, String deploymentName, Instant deployedAt, long running, boolean latest) {
}
